package io.recruitflow.harness.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.load.CandidateGenerator.Candidate;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes candidate events as an ATS would: to the raw topic {@code recruiting.ats.candidate-events.v1}
 * (canonical JSON, keyed by candidate key, idempotent producer, {@code acks=all}, no headers), or
 * through ingest's HTTP API in batches, retrying until ingest answers (a re-sent event is answered as
 * the first time). Also writes arbitrary bytes to any topic, for poison records.
 */
public final class LoadDriver implements AutoCloseable {

    private static final Duration HTTP_GIVE_UP = Duration.ofMinutes(3);

    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    public LoadDriver(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024,
                // Keep trying through a broker restart rather than fail a send.
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes the candidates to the raw topic and waits until the broker has acknowledged all. */
    public void publish(List<Candidate> candidates) {
        List<CompletableFuture<RecordMetadata>> sent = candidates.stream()
                .map(candidate -> send(Topics.ATS_CANDIDATE_EVENTS.name(), candidate.key(), candidate.json()))
                .toList();
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }

    /** Sends one record (any bytes, {@code null} for a tombstone) to any topic; the future completes on ack. */
    public CompletableFuture<RecordMetadata> send(String topic, String key, byte[] value) {
        return send(new ProducerRecord<>(topic, key, value));
    }

    /** Sends one record to the given partition of a topic. */
    public CompletableFuture<RecordMetadata> send(String topic, int partition, String key, byte[] value) {
        return send(new ProducerRecord<>(topic, partition, key, value));
    }

    private CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> acked = new CompletableFuture<>();
        producer.send(record, (metadata, failure) -> {
            if (failure != null) {
                acked.completeExceptionally(failure);
            } else {
                acked.complete(metadata);
            }
        });
        return acked;
    }

    public void flush() {
        producer.flush();
    }

    /**
     * Posts the candidates to ingest's {@code POST /api/v1/candidates:batch}, {@code batchSize} at a time.
     * A batch that fails (ingest away, a 5xx, a 429) is sent again until it is answered {@code 202},
     * as an ATS retries a webhook.
     */
    public void post(String ingestUrl, String apiKey, List<Candidate> candidates, int batchSize) {
        for (int from = 0; from < candidates.size(); from += batchSize) {
            List<Candidate> batch = candidates.subList(from, Math.min(candidates.size(), from + batchSize));
            StringBuilder body = new StringBuilder("[");
            for (Candidate candidate : batch) {
                body.append(body.length() > 1 ? "," : "").append(new String(candidate.json(), StandardCharsets.UTF_8));
            }
            postUntilAccepted(URI.create(ingestUrl + "/api/v1/candidates:batch"), apiKey, body.append(']').toString());
        }
    }

    /** {@code DELETE /api/v1/candidates/{key}}: erases a candidate; retried until answered {@code 202}. */
    public void erase(String ingestUrl, String apiKey, String candidateKey) {
        untilAccepted(() -> HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/candidates/" + candidateKey))
                .header("X-Api-Key", apiKey).timeout(Duration.ofSeconds(30)).DELETE().build());
    }

    /**
     * Posts one candidate to {@code POST /api/v1/candidates} (retried until answered {@code 202}) and
     * returns ingest's answer, e.g. {@code {"status":"accepted",...}} or {@code "unchanged"}.
     */
    public String post(String ingestUrl, String apiKey, Candidate candidate) {
        return untilAccepted(() -> HttpRequest.newBuilder(URI.create(ingestUrl + "/api/v1/candidates"))
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(candidate.json())).build());
    }

    private void postUntilAccepted(URI uri, String apiKey, String body) {
        untilAccepted(() -> HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json").header("X-Api-Key", apiKey)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private String untilAccepted(java.util.function.Supplier<HttpRequest> request) {
        Instant giveUp = Instant.now().plus(HTTP_GIVE_UP);
        String last = "no answer";
        while (Instant.now().isBefore(giveUp)) {
            try {
                HttpResponse<String> response = http.send(request.get(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 202) {
                    return response.body();
                }
                if (response.statusCode() < 500 && response.statusCode() != 429) {
                    throw new IllegalStateException("ingest refused the request: " + response.statusCode()
                            + " " + response.body());
                }
                last = "HTTP " + response.statusCode();
            } catch (IOException e) {
                last = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            retryPause();
        }
        throw new IllegalStateException("ingest did not accept a request within " + HTTP_GIVE_UP + ": " + last);
    }

    private static void retryPause() {
        try {
            // An ATS's retry interval, not a test wait.
            TimeUnit.MILLISECONDS.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Waits for an acknowledgement, unwrapping the cause. */
    public static RecordMetadata await(CompletableFuture<RecordMetadata> sent) {
        try {
            return sent.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not acknowledge a record", e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
