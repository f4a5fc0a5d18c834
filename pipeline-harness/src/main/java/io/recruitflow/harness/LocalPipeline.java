package io.recruitflow.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import io.recruitflow.harness.SampleCandidates.Sample;

/**
 * The local run: a real Kafka broker on {@code 127.0.0.1:9092}, the three services on
 * 8081/8082/8083 as separate JVMs, the sample ATS candidates posted to ingest's webhook, and each
 * routed notification printed as it arrives. Runs until Ctrl-C, then stops everything in order.
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
        Pipeline pipeline;
        try {
            pipeline = Pipeline.start(broker.bootstrapServers(), Map.of(
                    PipelineService.INGEST, PipelineService.INGEST.defaultPort(),
                    PipelineService.CLASSIFIER, PipelineService.CLASSIFIER.defaultPort(),
                    PipelineService.NOTIFIER, PipelineService.NOTIFIER.defaultPort()), runDir.resolve("logs"),
                    Map.of("ingest.api.api-keys", LOCAL_API_KEY,
                            "ingest.sources.greenhouse.scheme", "greenhouse",
                            "ingest.sources.greenhouse.secrets", LOCAL_GREENHOUSE_SECRET,
                            "ingest.sources.workable.scheme", "workable",
                            "ingest.sources.workable.secrets", "local-run-workable-secret",
                            "ingest.sources.lever.scheme", "lever",
                            "ingest.sources.lever.secrets", "local-run-lever-token"));
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
        CountDownLatch routed = new CountDownLatch(SampleCandidates.ALL.size());
        RoutingWatcher watcher = new RoutingWatcher(broker.bootstrapServers(), decision -> {
            System.out.print(Notifications.render(decision));
            routed.countDown();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("Stopping ...");
            watcher.close();
            pipeline.close();
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
        say("Routed notifications (recruiting.candidate.routings.v1, read_committed):\n");
        routed.await();
        if (exitWhenRouted) {
            System.exit(0);
        }
        say("All samples routed. Post more with curl (see README); Ctrl-C stops everything.");
        stopped.await();
    }

    private static void say(String line) {
        System.out.println("[local-run] " + line);
    }
}
