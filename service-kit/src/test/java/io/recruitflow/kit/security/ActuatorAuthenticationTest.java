package io.recruitflow.kit.security;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The actuator user as Spring Security's {@link DaoAuthenticationProvider} checks it, wired as in the services. */
class ActuatorAuthenticationTest {

    private static final String PASSWORD = "ops-secret-4f1c";

    @Test
    void aPlainPasswordAuthenticatesTheOpsUserWithTheActuatorRole() {
        Authentication authenticated = provider(users("ops", PASSWORD)).authenticate(login("ops", PASSWORD));

        assertThat(authenticated.isAuthenticated()).isTrue();
        assertThat(authenticated.getAuthorities()).extracting(Object::toString).contains("ROLE_ACTUATOR");
    }

    @Test
    void aWrongPasswordAPrefixOfItOrAnotherUserIsRefused() {
        DaoAuthenticationProvider provider = provider(users("ops", PASSWORD));

        for (UsernamePasswordAuthenticationToken wrong : List.of(login("ops", "not-" + PASSWORD),
                login("ops", PASSWORD.substring(0, 5)), login("ops", ""), login("admin", PASSWORD))) {
            assertThatThrownBy(() -> provider.authenticate(wrong)).isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void thePlainPasswordIsNeverReEncodedSoEveryScrapeStaysCheap() {
        UserDetailsService users = users("ops", PASSWORD);
        DaoAuthenticationProvider provider = provider(users);

        for (int scrape = 0; scrape < 3; scrape++) {
            provider.authenticate(login("ops", PASSWORD));
        }

        assertThat(users).isNotInstanceOf(UserDetailsPasswordService.class);
        assertThat(users.loadUserByUsername("ops").getPassword()).isEqualTo("{noop}" + PASSWORD);
        assertThat(ServiceSecurity.passwords().upgradeEncoding("{noop}" + PASSWORD)).isFalse();
    }

    @Test
    void everyScrapeLogsInThoughEachLoginErasesTheCredentialsItReturned() {
        ProviderManager manager = new ProviderManager(provider(users("ops", PASSWORD)));

        for (int scrape = 0; scrape < 3; scrape++) {
            assertThat(manager.authenticate(login("ops", PASSWORD)).isAuthenticated()).isTrue();
        }
    }

    @Test
    void aConfiguredBcryptHashIsStillAccepted() {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        DaoAuthenticationProvider provider = provider(users("ops", hash));

        assertThat(provider.authenticate(login("ops", PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> provider.authenticate(login("ops", hash)))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void withoutConfiguredCredentialsNobodyGetsIn() {
        DaoAuthenticationProvider provider = provider(ServiceSecurity.users(new ServiceSecurityProperties(
                new ServiceSecurityProperties.Actuator(null, null), List.of(), "X-Api-Key", List.of(), Duration.ofMinutes(5), DataSize.ofMegabytes(1), true)));

        assertThatThrownBy(() -> provider.authenticate(login("user", "")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> provider.authenticate(login("ops", PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
    }

    private static UserDetailsService users(String username, String password) {
        return ServiceSecurity.users(new ServiceSecurityProperties(
                new ServiceSecurityProperties.Actuator(username, password), List.of(), "X-Api-Key", List.of(), Duration.ofMinutes(5), DataSize.ofMegabytes(1), true));
    }

    private static DaoAuthenticationProvider provider(UserDetailsService users) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(ServiceSecurity.passwords());
        return provider;
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
