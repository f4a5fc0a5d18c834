package io.recruitflow.kit.security;

import java.util.Map;

import io.recruitflow.contracts.crypto.Digests;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

/**
 * How the actuator password is checked. The ops password is a machine secret handed to the service
 * in its environment and presented by Prometheus on every scrape, so it is kept as it is given
 * ({@code {noop}}) and compared in constant time: a bcrypt hash would cost about 100 ms of CPU per
 * request, and Spring Security's default would even re-encode a plain password to bcrypt after the
 * first login. Hashes ({@code {bcrypt}...}, {@code {pbkdf2}...}) are still accepted for those who
 * prefer to keep one in their configuration, at that cost.
 */
final class ActuatorPasswords {

    static final String PLAIN = "noop";

    private ActuatorPasswords() {
    }

    static PasswordEncoder encoder() {
        return new DelegatingPasswordEncoder(PLAIN, Map.of(
                PLAIN, new ConstantTimePlain(),
                "bcrypt", new BCryptPasswordEncoder(),
                "pbkdf2", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    /** The configured value with its encoding id; a value without one is a plain password. */
    static String stored(String configured) {
        return configured.startsWith("{") ? configured : "{" + PLAIN + "}" + configured;
    }

    /** Plain passwords compared by their SHA-256 digests, so the time taken says nothing about either. */
    private static final class ConstantTimePlain implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return rawPassword.toString();
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return rawPassword != null && encodedPassword != null
                    && Digests.constantTimeEquals(Digests.sha256(rawPassword.toString()), Digests.sha256(encodedPassword));
        }
    }
}
