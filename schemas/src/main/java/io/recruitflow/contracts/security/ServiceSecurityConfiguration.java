package io.recruitflow.contracts.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/** Imported by every service: {@link ServiceSecurity}'s policy over the service's {@link SecuredPaths}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
@EnableWebSecurity
public class ServiceSecurityConfiguration {

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ServiceSecurityProperties properties,
                                        ObjectProvider<JwtDecoder> jwt, ObjectProvider<SecuredPaths> paths)
            throws Exception {
        SecuredPaths secured = paths.getIfAvailable(() -> SecuredPaths.ACTUATOR_ONLY);
        return ServiceSecurity.chain(http, properties, jwt, secured.protectedApis(), secured.selfAuthenticated());
    }

    @Bean
    UserDetailsService actuatorUsers(ServiceSecurityProperties properties) {
        return ServiceSecurity.users(properties);
    }

    @Bean
    PasswordEncoder actuatorPasswords() {
        return ServiceSecurity.passwords();
    }
}
