package io.recruitflow.harness.faults;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.recruitflow.contracts.topics.Topics;

/**
 * A poison record: what it is, where it is written, which dead-letter topic it must land in, and a
 * fragment of the {@code dlt-reason} it must carry there.
 */
record Poison(String kind, String topic, String key, byte[] value, String deadLetterTopic, String reason) {

    static final String KINDS = "invalid JSON, JSON missing required fields, bytes that are not Avro on the "
            + "profiles topic, an oversized candidate";

    /** An oversized candidate: far beyond every field limit, still below the broker's 1 MB record limit. */
    static final int OVERSIZED_BYTES = 900 * 1024;

    /** The {@code i}-th poison record of a run, the four kinds in turn, keyed {@code <source>:poison-<i>}. */
    static Poison of(int i, String source) {
        String key = Topics.candidateKey(source, "poison-" + i);
        String rawDlt = Topics.ATS_CANDIDATE_EVENTS.dlt();
        return switch (i % 4) {
            case 0 -> new Poison("invalid JSON", Topics.ATS_CANDIDATE_EVENTS.name(), key,
                    "{\"source\": \"x\", \"externalId\": ".getBytes(StandardCharsets.UTF_8), rawDlt, "malformed JSON");
            case 1 -> new Poison("missing fields", Topics.ATS_CANDIDATE_EVENTS.name(), key,
                    ("{\"source\":\"" + source + "\",\"skills\":[{\"name\":\"Java\"}]}").getBytes(StandardCharsets.UTF_8),
                    rawDlt, "externalId");
            case 2 -> new Poison("not Avro", Topics.CANDIDATE_PROFILES.name(), key,
                    "definitely not single-object Avro".getBytes(StandardCharsets.UTF_8),
                    Topics.CANDIDATE_PROFILES.dlt(), "cannot deserialize");
            default -> new Poison("oversized", Topics.ATS_CANDIDATE_EVENTS.name(), key, oversized(source, i),
                    rawDlt, "basics.summary");
        };
    }

    private static byte[] oversized(String source, int i) {
        char[] summary = new char[OVERSIZED_BYTES];
        Arrays.fill(summary, 'x');
        return ("{\"source\":\"" + source + "\",\"externalId\":\"poison-" + i + "\",\"eventId\":\"poison-evt-" + i
                + "\",\"basics\":{\"summary\":\"" + new String(summary) + "\"}}").getBytes(StandardCharsets.UTF_8);
    }
}
