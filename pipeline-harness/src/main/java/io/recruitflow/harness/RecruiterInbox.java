package io.recruitflow.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recruiter's webhook endpoint on 127.0.0.1, as a subscriber would run it: every request's
 * Standard Webhooks signature is checked (written from the specification, sharing no code with
 * notifier-service), and every notification is kept and handed to a callback.
 */
public final class RecruiterInbox implements AutoCloseable {

    public static final String PATH = "/recruiter-inbox";
    private static final Duration TOLERANCE = Duration.ofMinutes(5);

    /** One webhook as received. */
    public record Received(String webhookId, boolean signatureValid, JsonNode body) {
    }

    private final HttpServer server;
    private final SubscriberSecret secret = SubscriberSecret.random();
    private final Consumer<Received> onReceived;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Listens on a free port with a fresh signing secret. */
    public RecruiterInbox(Consumer<Received> onReceived) {
        this.onReceived = onReceived;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(PATH, this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
    }

    /**
     * The notifier-service settings that subscribe this inbox to every routing decision, as a
     * signed webhook (and allow notifier to reach 127.0.0.1 over plain http).
     */
    public Map<String, String> notifierProperties(String subscription) {
        return secret.notifierProperties(subscription, url().toString());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        boolean valid = verify(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                exchange.getRequestHeaders().getFirst("webhook-signature"), body);
        exchange.sendResponseHeaders(valid ? 204 : 401, -1);
        exchange.close();
        Received notification = new Received(id, valid, json.readTree(body));
        received.add(notification);
        onReceived.accept(notification);
    }

    /** A signature of ours, on a request sent within the tolerance of now. */
    private boolean verify(String id, String timestamp, String signatures, byte[] body) {
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            return Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) <= 0
                    && secret.signed(id, timestamp, signatures, body);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
