package io.recruitflow.kit.security;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
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

    /**
     * The actuator user, or nobody; also keeps Spring Boot from generating (and logging) a password.
     * Read-only on purpose: a {@code UserDetailsPasswordService} (such as {@code InMemoryUserDetailsManager})
     * would have Spring Security re-encode the password to bcrypt at the first login, and every scrape
     * after it would cost a bcrypt check.
     */
    public static UserDetailsService users(ServiceSecurityProperties properties) {
        ServiceSecurityProperties.Actuator actuator = properties.actuator();
        if (!actuator.configured()) {
            return username -> {
                throw new UsernameNotFoundException("No actuator user is configured");
            };
        }
        UserDetails user = User.withUsername(actuator.username()).password(ActuatorPasswords.stored(actuator.password()))
                .roles(ACTUATOR_ROLE).build();
        return username -> {
            if (!user.getUsername().equals(username)) {
                throw new UsernameNotFoundException("Unknown user");
            }
            // A copy each time: after a login Spring Security erases the credentials of the user it returned.
            return User.withUserDetails(user).build();
        };
    }

    /** How presented passwords are checked ({@link ActuatorPasswords}). */
    public static PasswordEncoder passwords() {
        return ActuatorPasswords.encoder();
    }
}
