package io.recruitflow.contracts.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The one HTTP security policy of the services, stateless and deny-by-default:
 * <ul>
 * <li>{@code /actuator/health/**}: open (probes);</li>
 * <li>other actuator endpoints: HTTP Basic with {@code pipeline.security.actuator.*}, closed without;</li>
 * <li>protected APIs: an API key ({@code pipeline.security.api-keys}) or, when a JWT decoder is
 * configured ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}),
 * an OAuth2 bearer token;</li>
 * <li>self-authenticated endpoints (ingest's webhooks, which check vendor signatures on the raw body): open here;</li>
 * <li>anything else: denied.</li>
 * </ul>
 */
public final class ServiceSecurity {

    private static final String ACTUATOR_ROLE = "ACTUATOR";

    private ServiceSecurity() {
    }

    /**
     * @param protectedApis     ant-style paths that need an API key or a JWT
     * @param selfAuthenticated ant-style paths whose controllers authenticate requests themselves
     */
    public static SecurityFilterChain chain(HttpSecurity http, ServiceSecurityProperties properties,
                                            ObjectProvider<JwtDecoder> jwt, List<String> protectedApis,
                                            List<String> selfAuthenticated) throws Exception {
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults())
                .addFilterBefore(new ApiKeyAuthenticationFilter(properties.apiKeyHeader(), properties.apiKeys()),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(ACTUATOR_ROLE);
                    if (!selfAuthenticated.isEmpty()) {
                        requests.requestMatchers(selfAuthenticated.toArray(String[]::new)).permitAll();
                    }
                    if (!protectedApis.isEmpty()) {
                        requests.requestMatchers(protectedApis.toArray(String[]::new)).authenticated();
                    }
                    requests.requestMatchers("/error").permitAll();
                    requests.anyRequest().denyAll();
                });
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        }
        return http.build();
    }

    /** The actuator user, or nobody; also keeps Spring Boot from generating (and logging) a password. */
    public static UserDetailsService users(ServiceSecurityProperties properties) {
        ServiceSecurityProperties.Actuator actuator = properties.actuator();
        if (!actuator.configured()) {
            return new InMemoryUserDetailsManager();
        }
        String password = actuator.password().startsWith("{") ? actuator.password() : "{noop}" + actuator.password();
        return new InMemoryUserDetailsManager(User.withUsername(actuator.username()).password(password)
                .roles(ACTUATOR_ROLE).build());
    }
}
