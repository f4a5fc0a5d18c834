package io.recruitflow.harness.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.recruitflow.harness.SubscriberSecret;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recruiter's webhook endpoint on the loopback interface: verifies each Standard Webhooks
 * signature, answers {@code 204} (or {@code 503} while {@link #failing} is on), and counts what it
 * accepted per {@code webhook-id} and candidate key. Configure it as a notifier subscription with
 * {@link #subscriptionProperties}.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PATH = "/hooks/recruitflow";

    private final HttpServer server;
    private final SubscriberSecret secret;
    /** webhook-id -> how many times it was accepted (answered 2xx). */
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    /** candidate key -> the webhook-ids accepted for it. */
    private final Map<String, Set<String>> idsByCandidate = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong badSignatures = new AtomicLong();
    private volatile boolean failing;

    private WebhookReceiver(HttpServer server, SubscriberSecret secret) {
        this.server = server;
        this.secret = secret;
    }

    /** Listens on a free port of 127.0.0.1 with a fresh 32-byte signing secret. */
    public static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
            WebhookReceiver receiver = new WebhookReceiver(server, SubscriberSecret.random());
            server.createContext(PATH, receiver::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the webhook receiver", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /**
     * notifier-service properties that subscribe this receiver to every routing decision, reachable
     * over plain http on the loopback address.
     */
    public Map<String, String> subscriptionProperties(String subscription) {
        return secret.notifierProperties(subscription, url());
    }

    /** While on, every delivery is answered {@code 503} and not counted as received. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readAllBytes();
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (failing) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            if (!secret.signed(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body)) {
                badSignatures.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            JsonNode event = JSON.readTree(body);
            String key = event.path("candidate").path("key").asString();
            accepted.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
            idsByCandidate.computeIfAbsent(key, any -> ConcurrentHashMap.newKeySet()).add(id);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    /** What the receiver accepted for a set of candidates. */
    public record Received(int distinctIds, int deliveries, int candidates, Collection<String> candidatesWithout) {

        /** Deliveries beyond the first of each webhook-id: what at-least-once costs. */
        public int rawDuplicates() {
            return deliveries - distinctIds;
        }
    }

    public Received receivedFor(Collection<String> candidateKeys) {
        int ids = 0;
        int deliveries = 0;
        int candidates = 0;
        java.util.List<String> without = new java.util.ArrayList<>();
        for (String key : candidateKeys) {
            Set<String> candidateIds = idsByCandidate.get(key);
            if (candidateIds == null) {
                without.add(key);
                continue;
            }
            candidates++;
            ids += candidateIds.size();
            for (String id : candidateIds) {
                deliveries += accepted.get(id).get();
            }
        }
        return new Received(ids, deliveries, candidates, without);
    }

    /** Requests answered {@code 503} so far. */
    public long refused() {
        return refused.get();
    }

    /** Requests whose signature did not verify: must stay 0. */
    public long badSignatures() {
        return badSignatures.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
