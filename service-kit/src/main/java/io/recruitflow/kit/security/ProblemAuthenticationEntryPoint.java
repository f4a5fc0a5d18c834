package io.recruitflow.kit.security;

import java.io.IOException;

import io.recruitflow.kit.web.ProblemWriter;
import io.recruitflow.kit.web.RequestProblems;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The {@code 401} of a protected API as problem+json, its detail the reason the credentials were
 * refused ({@link AuthenticationFailures}, or what was wrong with a bearer token); for everything
 * else (the actuator's HTTP Basic) the usual challenge.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final RequestMatcher protectedApis;
    private final AuthenticationEntryPoint others;
    private final ProblemWriter problems;
    private final BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();

    ProblemAuthenticationEntryPoint(RequestMatcher protectedApis, AuthenticationEntryPoint others, ProblemWriter problems) {
        this.protectedApis = protectedApis;
        this.others = others;
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!protectedApis.matches(request)) {
            others.commence(request, response, failure);
            return;
        }
        String reason = AuthenticationFailures.reason(request);
        if (failure instanceof OAuth2AuthenticationException oauth2) {
            bearer.commence(request, response, failure); // WWW-Authenticate: Bearer error="invalid_token", ...
            reason = "bearer token not accepted: " + describe(oauth2.getError());
        }
        problems.write(request, response, RequestProblems.unauthenticated(reason));
    }

    private static String describe(OAuth2Error error) {
        return error.getDescription() != null ? error.getDescription() : error.getErrorCode();
    }
}
