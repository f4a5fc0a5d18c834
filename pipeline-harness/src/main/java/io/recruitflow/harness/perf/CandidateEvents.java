package io.recruitflow.harness.perf;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.recruitflow.harness.SampleCandidates.Sample;
import io.recruitflow.harness.SampleCandidates;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Realistic candidate events for the raw ATS topic: the sample candidates in turn, each made a
 * distinct candidate (its own {@code externalId} and {@code eventId}, so ingest's deduplication
 * publishes every one) with {@code occurredAt} set when the event is made, which is when it is
 * sent: the start of its end-to-end latency. Compact canonical JSON, no headers, as an ATS sends it.
 */
final class CandidateEvents {

    /** One event: its record key (the candidate key) and its JSON value. */
    record Event(String key, byte[] json) {
    }

    private static final String EXTERNAL_ID = "@@externalId@@";
    private static final String EVENT_ID = "@@eventId@@";
    private static final String OCCURRED_AT = "@@occurredAt@@";

    /** A sample's JSON with placeholders for the three fields each event sets. */
    private record Template(String source, String json) {
    }

    private final String runTag;
    private final List<Template> templates = new ArrayList<>();

    /** @param runTag makes ids unique to one phase of one run, e.g. {@code perf-1712345-flat} */
    CandidateEvents(String runTag) {
        this.runTag = runTag;
        JsonMapper json = JsonMapper.builder().build();
        for (Sample sample : SampleCandidates.ALL) {
            ObjectNode candidate = (ObjectNode) json.readTree(sample.json());
            candidate.put("externalId", EXTERNAL_ID).put("eventId", EVENT_ID).put("occurredAt", OCCURRED_AT);
            templates.add(new Template(candidate.get("source").asString(), json.writeValueAsString(candidate)));
        }
    }

    /** The candidate key prefix shared by this generator's events: {@code <source>:<runTag>-}. */
    String runTag() {
        return runTag;
    }

    /** The {@code index}-th event, occurring now. */
    Event next(long index) {
        Template template = templates.get((int) (index % templates.size()));
        String externalId = runTag + "-" + index;
        String text = template.json().replace(EXTERNAL_ID, externalId).replace(EVENT_ID, runTag + "-evt-" + index)
                .replace(OCCURRED_AT, Instant.now().toString());
        return new Event(template.source() + ":" + externalId, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The mean size of this generator's events, in bytes: the record size of the Kafka baselines. */
    int meanSize() {
        long total = 0;
        for (int i = 0; i < templates.size(); i++) {
            total += next(i).json().length;
        }
        return (int) (total / templates.size());
    }

    /** True when a routing decision's candidate key belongs to this generator's events. */
    boolean owns(String candidateKey) {
        return candidateKey != null && candidateKey.contains(":" + runTag + "-");
    }
}
