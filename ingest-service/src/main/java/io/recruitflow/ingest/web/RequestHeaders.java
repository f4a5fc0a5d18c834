package io.recruitflow.ingest.web;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;

/** Request headers as the framework-free authenticators and formats take them: names lower-cased. */
public final class RequestHeaders {

    private RequestHeaders() {
    }

    public static Map<String, String> lowerCased(HttpHeaders headers) {
        return headers.headerSet().stream().collect(Collectors.toMap(
                header -> header.getKey().toLowerCase(Locale.ROOT),
                header -> String.join(",", header.getValue()),
                (first, second) -> first));
    }
}
