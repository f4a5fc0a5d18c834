package io.recruitflow.kit.security;

import java.time.Clock;

import io.recruitflow.kit.web.ProblemWriter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service's security: {@link ServiceSecurity}'s policy over the service's {@link SecuredPaths}
 * (a bean of the service; actuator only without one). Ahead of Spring Boot's own security
 * auto-configurations, whose default chain and users then stand back.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SecurityFilterChain.class)
@EnableConfigurationProperties(ServiceSecurityProperties.class)
@EnableWebSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "serviceSecurity")
    SecurityFilterChain serviceSecurity(HttpSecurity http, ServiceSecurityProperties properties,
                                        ObjectProvider<JwtDecoder> jwt, ObjectProvider<SecuredPaths> paths,
                                        ObjectProvider<Clock> clock, ObjectProvider<JsonMapper> json)
            throws Exception {
        SecuredPaths secured = paths.getIfAvailable(() -> SecuredPaths.ACTUATOR_ONLY);
        return ServiceSecurity.chain(http, properties, jwt, secured, clock.getIfAvailable(Clock::systemUTC),
                new ProblemWriter(json.getIfAvailable(() -> JsonMapper.builder().build())));
    }

    @Bean
    @ConditionalOnMissingBean
    UserDetailsService actuatorUsers(ServiceSecurityProperties properties) {
        return ServiceSecurity.users(properties);
    }

    @Bean
    @ConditionalOnMissingBean
    PasswordEncoder actuatorPasswords() {
        return ServiceSecurity.passwords();
    }
}
