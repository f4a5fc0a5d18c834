package io.recruitflow.kit.security;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import io.recruitflow.kit.web.ProblemWriter;
import io.recruitflow.kit.web.RequestProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a call to a protected API signed with Standard Webhooks ({@link StandardWebhooks})
 * under one of the configured secrets. Only a request that carries a {@code webhook-*} header has
 * its body read here, up to a limit, to compute the MAC over the exact bytes received; the rest of
 * the chain then reads the same bytes again. A request already authenticated (an API key) is left
 * alone; a refused signature leaves the request unauthenticated, with the reason for the 401.
 */
final class StandardWebhooksAuthenticationFilter extends OncePerRequestFilter {

    static final String PRINCIPAL = "standard-webhooks";

    private final List<byte[]> keys;
    private final Duration tolerance;
    private final long maxBody;
    private final RequestMatcher protectedApis;
    private final Clock clock;
    private final ProblemWriter problems;

    /**
     * @param secrets       {@code whsec_} secrets; none: signed calls are refused with that reason
     * @param maxBody       the largest body read to verify a signature; a larger one is answered 413
     * @param protectedApis the requests this filter looks at
     */
    StandardWebhooksAuthenticationFilter(List<String> secrets, Duration tolerance, long maxBody,
                                         RequestMatcher protectedApis, Clock clock, ProblemWriter problems) {
        this.keys = secrets.stream().map(StandardWebhooks::key).toList();
        this.tolerance = tolerance;
        this.maxBody = maxBody;
        this.protectedApis = protectedApis;
        this.clock = clock;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !protectedApis.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getHeader(StandardWebhooks.ID_HEADER);
        String timestamp = request.getHeader(StandardWebhooks.TIMESTAMP_HEADER);
        String signatures = request.getHeader(StandardWebhooks.SIGNATURE_HEADER);
        boolean signed = id != null || timestamp != null || signatures != null;
        if (!signed || SecurityContextHolder.getContext().getAuthentication() != null) {
            chain.doFilter(request, response);
            return;
        }
        if (keys.isEmpty()) {
            AuthenticationFailures.record(request, "Standard Webhooks signatures are not accepted: no secret is configured");
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(request.getInputStream(), maxBody);
        if (body == null) {
            problems.write(request, response, RequestProblems.payloadTooLarge(maxBody));
            return;
        }
        String reason = StandardWebhooks.rejection(keys, id, timestamp, signatures, body, clock.instant(), tolerance);
        if (reason == null) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    PRINCIPAL, null, AuthorityUtils.createAuthorityList("ROLE_" + ApiKeyAuthenticationFilter.ROLE)));
        } else {
            AuthenticationFailures.record(request, reason);
        }
        chain.doFilter(new ReplayedBodyRequest(request, body), response);
    }

    /** The whole stream, or null if it holds more than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return read.length > limit ? null : read;
    }
}
