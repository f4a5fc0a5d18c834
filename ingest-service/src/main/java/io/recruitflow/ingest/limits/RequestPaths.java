package io.recruitflow.ingest.limits;

import jakarta.servlet.http.HttpServletRequest;

/** The request path the filters match on: the URI without the context path, as Spring MVC maps it. */
final class RequestPaths {

    private RequestPaths() {
    }

    static String withinApplication(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
