package io.recruitflow.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
    private final String secret;
    private final byte[] key;
    private final Consumer<Received> onReceived;
    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Listens on a free port with a fresh signing secret. */
    public RecruiterInbox(Consumer<Received> onReceived) {
        this.key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = "whsec_" + Base64.getEncoder().encodeToString(key);
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
        String channel = "notifier.subscriptions." + subscription + ".channels[0].";
        return Map.of(channel + "type", "WEBHOOK",
                channel + "url", url().toString(),
                channel + "secrets[0]", secret,
                "notifier.outbound.allow-private[0]", "127.0.0.1",
                "notifier.outbound.allow-plain-http[0]", "127.0.0.1");
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

    private boolean verify(String id, String timestamp, String signatures, byte[] body) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        try {
            Instant sent = Instant.ofEpochSecond(Long.parseLong(timestamp));
            if (Duration.between(sent, Instant.now()).abs().compareTo(TOLERANCE) > 0) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        signature.substring(3).getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (NumberFormatException | GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
