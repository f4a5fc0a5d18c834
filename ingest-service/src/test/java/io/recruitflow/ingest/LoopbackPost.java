package io.recruitflow.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;

/** A POST to the ingest service under test on loopback, as the integration tests send them. */
public final class LoopbackPost {

    private LoopbackPost() {
    }

    /** {@code headers} as name, value pairs; a later one replaces an earlier one of the same name. */
    public static HttpResponse<String> send(HttpClient http, int port, String path, String contentType, byte[] body,
            String... headers) throws Exception {
        return send(http, port, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    public static HttpResponse<String> send(HttpClient http, int port, String path, String contentType,
            BodyPublisher body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", contentType)
                .POST(body);
        for (int i = 0; i < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
