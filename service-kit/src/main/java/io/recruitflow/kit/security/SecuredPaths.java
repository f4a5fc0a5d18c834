package io.recruitflow.kit.security;

import java.util.List;

/**
 * A service's HTTP endpoints as the security policy sees them (ant-style paths).
 *
 * @param protectedApis     need an API key or an OAuth2 JWT
 * @param selfAuthenticated authenticated by their controllers (e.g. webhook signatures on the raw body)
 */
public record SecuredPaths(List<String> protectedApis, List<String> selfAuthenticated) {

    public static final SecuredPaths ACTUATOR_ONLY = new SecuredPaths(List.of(), List.of());

    public SecuredPaths {
        protectedApis = List.copyOf(protectedApis);
        selfAuthenticated = List.copyOf(selfAuthenticated);
    }
}
