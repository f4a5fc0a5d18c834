package io.recruitflow.kit.security;

import java.io.IOException;
import java.util.List;

import io.recruitflow.contracts.crypto.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries one of the configured API keys. Keys are compared as
 * SHA-256 digests in constant time, so neither the content nor the length of a key leaks through
 * timing; a request without the header is left to the next mechanism (a signature, a JWT, or a
 * 401), one with an unknown key too, with the reason noted for the 401. The key itself is never
 * logged or echoed.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String ROLE = "API";

    private final String header;
    private final ApiKeys keys;

    ApiKeyAuthenticationFilter(String header, List<String> keys) {
        this.header = header;
        this.keys = new ApiKeys(keys);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(header);
        if (key != null && !key.isBlank()) {
            if (keys.matches(key)) {
                SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "api-key", null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE)));
            } else {
                AuthenticationFailures.record(request, "API key not recognised");
            }
        }
        chain.doFilter(request, response);
    }
}
