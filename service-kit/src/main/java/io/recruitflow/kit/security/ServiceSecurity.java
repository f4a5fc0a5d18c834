package io.recruitflow.kit.security;

import java.time.Clock;
import java.util.List;

import io.recruitflow.kit.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The one HTTP security policy of the services, stateless and deny-by-default:
 * <ul>
 * <li>{@code /actuator/health/**}: open (probes);</li>
 * <li>other actuator endpoints: HTTP Basic with {@code pipeline.security.actuator.*}, closed without;</li>
 * <li>protected APIs: an API key ({@code pipeline.security.api-keys}), a Standard Webhooks signature
 * ({@code pipeline.security.webhook-secrets}) or, when a JWT decoder is configured
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri}, with
 * {@code audiences} checked when set), an OAuth2 bearer token; a refusal is a {@code 401}
 * problem+json naming the reason;</li>
 * <li>self-authenticated endpoints (ingest's webhooks, which check vendor signatures on the raw body): open here;</li>
 * <li>anything else: denied.</li>
 * </ul>
 */
public final class ServiceSecurity {

    private static final String ACTUATOR_ROLE = "ACTUATOR";
    private static final Logger log = LoggerFactory.getLogger(ServiceSecurity.class);

    private ServiceSecurity() {
    }

    /**
     * @param paths    the service's protected and self-authenticated endpoints
     * @param problems writes the 401 and 413 problems, which are answered before Spring MVC
     */
    public static SecurityFilterChain chain(HttpSecurity http, ServiceSecurityProperties properties,
                                            ObjectProvider<JwtDecoder> jwt, SecuredPaths paths, Clock clock,
                                            ProblemWriter problems) throws Exception {
        boolean jwtConfigured = jwt.getIfAvailable() != null;
        RequestMatcher protectedApis = matcher(paths.protectedApis());
        warnAboutOpenOrClosedApis(properties, jwtConfigured, paths);
        AuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(protectedApis, basicChallenge(),
                problems);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new ApiKeyAuthenticationFilter(properties.apiKeyHeader(), properties.apiKeys()),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new StandardWebhooksAuthenticationFilter(properties.webhookSecrets(),
                                properties.webhookTolerance(), properties.webhookMaxBody().toBytes(), protectedApis,
                                clock, problems),
                        ApiKeyAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
                    requests.requestMatchers("/actuator/**").hasRole(ACTUATOR_ROLE);
                    if (!paths.selfAuthenticated().isEmpty()) {
                        requests.requestMatchers(paths.selfAuthenticated().toArray(String[]::new)).permitAll();
                    }
                    if (!paths.protectedApis().isEmpty()) {
                        if (properties.authenticationRequired()) {
                            requests.requestMatchers(protectedApis).authenticated();
                        } else {
                            requests.requestMatchers(protectedApis).permitAll();
                        }
                    }
                    requests.requestMatchers("/error").permitAll();
                    requests.anyRequest().denyAll();
                });
        if (jwtConfigured) {
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults())
                    .authenticationEntryPoint(entryPoint));
        }
        return http.build();
    }

    /** The challenge {@code httpBasic()} sends by default. */
    private static BasicAuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        return challenge;
    }

    private static RequestMatcher matcher(List<String> patterns) {
        if (patterns.isEmpty()) {
            return request -> false;
        }
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(patterns.stream().<RequestMatcher>map(paths::matcher).toList());
    }

    private static void warnAboutOpenOrClosedApis(ServiceSecurityProperties properties, boolean jwtConfigured,
                                                  SecuredPaths paths) {
        if (paths.protectedApis().isEmpty()) {
            return;
        }
        if (!properties.authenticationRequired()) {
            log.warn("pipeline.security.authentication-required=false: {} accept unauthenticated calls",
                    paths.protectedApis());
        } else if (properties.apiKeys().isEmpty() && properties.webhookSecrets().isEmpty() && !jwtConfigured) {
            log.warn("No API keys, Standard Webhooks secrets or JWT issuer configured: every call to {} is refused",
                    paths.protectedApis());
        }
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
