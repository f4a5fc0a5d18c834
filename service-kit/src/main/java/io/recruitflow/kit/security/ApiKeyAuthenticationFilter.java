package io.recruitflow.kit.security;

import java.io.IOException;
import java.util.List;

import io.recruitflow.contracts.crypto.Digests;
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
 * SHA-256 digests in constant time; a request without the header is left to the next mechanism
 * (a JWT, or a 401). The key itself is never logged or echoed.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String ROLE = "API";

    private final String header;
    private final List<byte[]> keyDigests;

    ApiKeyAuthenticationFilter(String header, List<String> keys) {
        this.header = header;
        this.keyDigests = keys.stream().map(Digests::sha256).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(header);
        if (key != null && matches(key)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "api-key", null, AuthorityUtils.createAuthorityList("ROLE_" + ROLE)));
        }
        chain.doFilter(request, response);
    }

    private boolean matches(String key) {
        return Digests.matchesAny(Digests.sha256(key), keyDigests);
    }
}
