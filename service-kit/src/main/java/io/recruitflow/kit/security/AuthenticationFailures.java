package io.recruitflow.kit.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Why a request's credentials were refused, kept on the request by the filter that refused them so
 * the {@code 401} can say it ({@link ProblemAuthenticationEntryPoint}). The first reason wins: a
 * client that presents one scheme's credentials learns what is wrong with those, not that another
 * scheme's are missing. A reason never holds a secret, a signature or any of the body.
 */
final class AuthenticationFailures {

    private static final String ATTRIBUTE = AuthenticationFailures.class.getName();
    static final String NO_CREDENTIALS = "no credentials";

    private AuthenticationFailures() {
    }

    static void record(HttpServletRequest request, String reason) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            request.setAttribute(ATTRIBUTE, reason);
        }
    }

    /** The recorded reason, or {@link #NO_CREDENTIALS}. */
    static String reason(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String reason ? reason : NO_CREDENTIALS;
    }
}
