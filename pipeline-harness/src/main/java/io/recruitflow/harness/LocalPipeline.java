package io.recruitflow.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.recruitflow.harness.SampleCandidates.Sample;

/**
 * The local run: a real Kafka broker on {@code 127.0.0.1:9092}, the three services on
 * 8081/8082/8083 as separate JVMs, the sample ATS candidates posted to ingest's API, and each
 * recruiter notification printed as it arrives: notifier-service delivers it as a signed webhook
 * to a {@link RecruiterInbox} subscribed to everything, which checks the signature. Runs until
 * Ctrl-C, then stops everything in order.
 * Set {@code -Dlocal-run.exit-when-routed=true} to stop once every sample has been routed.
 */
public final class LocalPipeline {

    /** Demo credentials for the local run only (see the README's examples). */
    static final String LOCAL_API_KEY = "local-run-api-key";
    static final String LOCAL_GREENHOUSE_SECRET = "local-run-greenhouse-secret";

    private LocalPipeline() {
    }

    public static void main(String[] args) throws Exception {
        Path runDir = Path.of(System.getProperty("local-run.dir", "target/local-run"));
        boolean exitWhenRouted = Boolean.getBoolean("local-run.exit-when-routed");

        say("Starting Kafka (KRaft) on 127.0.0.1:9092 ...");
        KraftBroker broker = KraftBroker.start(9092);
        say("Starting ingest-service :8081, classifier-service :8082, notifier-service :8083 (logs in "
                + runDir.resolve("logs").toAbsolutePath() + ") ...");
        CountDownLatch notified = new CountDownLatch(SampleCandidates.ALL.size());
        RecruiterInbox inbox = new RecruiterInbox(notification -> {
            System.out.print(Notifications.render(notification));
            notified.countDown();
        });
        Map<String, String> settings = new HashMap<>(inbox.notifierProperties("local-recruiters"));
        settings.putAll(Map.of("ingest.api.api-keys", LOCAL_API_KEY,
                "ingest.sources.greenhouse.scheme", "greenhouse",
                "ingest.sources.greenhouse.secrets", LOCAL_GREENHOUSE_SECRET,
                "ingest.sources.workable.scheme", "workable",
                "ingest.sources.workable.secrets", "local-run-workable-secret",
                "ingest.sources.lever.scheme", "lever",
                "ingest.sources.lever.secrets", "local-run-lever-token",
                "pipeline.security.api-keys", LOCAL_API_KEY,
                "notifier.ats-links.greenhouse", "https://app.greenhouse.io/people/{externalId}",
                "notifier.ats-links.lever", "https://hire.lever.co/candidates/{externalId}"));
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(broker.bootstrapServers(), Map.of(
                    PipelineService.INGEST, PipelineService.INGEST.defaultPort(),
                    PipelineService.CLASSIFIER, PipelineService.CLASSIFIER.defaultPort(),
                    PipelineService.NOTIFIER, PipelineService.NOTIFIER.defaultPort()), runDir.resolve("logs"), settings);
        } catch (RuntimeException e) {
            inbox.close();
            broker.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping ...");
            pipeline.close();
            inbox.close();
            broker.close();
            say("Stopped.");
            stopped.countDown();
        }, "local-run-shutdown"));

        say("Pipeline is up. Posting " + SampleCandidates.ALL.size() + " sample ATS candidates to "
                + pipeline.ingestUrl() + "/api/v1/candidates\n");
        HttpClient http = HttpClient.newHttpClient();
        for (Sample sample : SampleCandidates.ALL) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(pipeline.ingestUrl() + "/api/v1/candidates"))
                    .header("Content-Type", "application/json")
                    .header("X-Api-Key", LOCAL_API_KEY)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(sample.json())).build(),
                    HttpResponse.BodyHandlers.ofString());
            say("POST " + sample.file() + " -> " + response.statusCode() + " " + response.body());
        }
        say("Recruiter notifications (signed webhooks from notifier-service to " + inbox.url() + "):\n");
        notified.await();
        if (exitWhenRouted) {
            System.exit(0);
        }
        say("All samples routed and notified. Post more with curl (see README); Ctrl-C stops everything.");
        stopped.await();
    }

    private static void say(String line) {
        System.out.println("[local-run] " + line);
    }
}
