package io.recruitflow.harness.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What came out of the pipeline, as downstream consumers see it ({@code read_committed}): every
 * committed {@code RoutingDecision} per candidate and profile event, every dead letter per topic with
 * its {@code dlt-reason}. Fed by a {@link CommittedReader} ({@link #start}); asked per set of candidate
 * keys ({@link #count}), so several runs can share one pipeline.
 */
public final class PipelineTally implements AutoCloseable {

    /** The topics whose records a tally counts: the routings and every dead-letter topic. */
    public static final List<String> TOPICS = Stream.concat(Stream.of(Topics.CANDIDATE_ROUTINGS.name()),
            Stream.of(Topics.ATS_CANDIDATE_EVENTS, Topics.CANDIDATE_PROFILES, Topics.CANDIDATE_CLASSIFICATIONS,
                    Topics.NOTIFICATION_REQUESTS).map(Topic::dlt)).toList();

    /** A dead letter: where it was, and why. */
    public record DeadLetter(String topic, String key, String reason) {
    }

    private final AvroSingleObjectDeserializer<RoutingDecision> decisions =
            new AvroSingleObjectDeserializer<>(RoutingDecision.class);
    /** candidate key -> profile event id -> committed decisions for it. */
    private final Map<String, Map<String, AtomicInteger>> routed = new ConcurrentHashMap<>();
    private final Map<String, List<DeadLetter>> deadLetters = new ConcurrentHashMap<>();
    private final AtomicInteger routingRecords = new AtomicInteger();
    /** source -> candidates of that source with at least one committed decision. */
    private final Map<String, AtomicInteger> routedBySource = new ConcurrentHashMap<>();
    /** candidate key -> whether its latest committed routing record is a tombstone. */
    private final Map<String, Boolean> erased = new ConcurrentHashMap<>();
    private CommittedReader reader;

    /** Starts following the routings and dead-letter topics from their beginning. */
    public static PipelineTally start(String bootstrapServers) {
        PipelineTally tally = new PipelineTally();
        tally.reader = new CommittedReader(bootstrapServers, TOPICS, tally::accept);
        return tally;
    }

    /** Counts one committed record of {@link #TOPICS}. */
    public void accept(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.topic().equals(Topics.CANDIDATE_ROUTINGS.name())) {
            routingRecords.incrementAndGet();
            erased.put(record.key(), record.value() == null);
            if (record.value() != null) {
                RoutingDecision decision = decisions.deserialize(record.topic(), record.value());
                routed.computeIfAbsent(record.key(), key -> {
                    routedBySource.computeIfAbsent(key.substring(0, Math.max(0, key.indexOf(':'))),
                            source -> new AtomicInteger()).incrementAndGet();
                    return new ConcurrentHashMap<>();
                }).computeIfAbsent(decision.getProfileEventId(), event -> new AtomicInteger()).incrementAndGet();
            }
            return;
        }
        Header reason = record.headers().lastHeader(DeadLetters.REASON);
        deadLetters.computeIfAbsent(record.key(), key -> new CopyOnWriteArrayList<>()).add(new DeadLetter(record.topic(),
                record.key(), reason == null ? null : new String(reason.value(), StandardCharsets.UTF_8)));
    }

    /** Committed routing records seen so far, tombstones included (progress, not correctness). */
    public int routingRecords() {
        return routingRecords.get();
    }

    /** How many candidates of a source have at least one committed decision: a run's progress. */
    public int routedOf(String source) {
        AtomicInteger count = routedBySource.get(source);
        return count == null ? 0 : count.get();
    }

    /** Whether the candidate's latest committed routing record is a tombstone (it was erased). */
    public boolean erased(String key) {
        return erased.getOrDefault(key, false);
    }

    /** Whether every committed record so far has been counted. */
    public boolean caughtUp() {
        return reader.caughtUp();
    }

    /** How many of the given candidates have at least one committed routing decision. */
    public int routedAmong(Collection<String> keys) {
        return (int) keys.stream().filter(routed::containsKey).count();
    }

    /** The dead letters of the given keys (any topic). */
    public List<DeadLetter> deadLettersOf(Collection<String> keys) {
        return keys.stream().flatMap(key -> deadLetters.getOrDefault(key, List.of()).stream()).toList();
    }

    /**
     * The tally for one run.
     *
     * @param expected   candidates that must each get exactly one decision per profile event
     * @param poisonKeys keys of records that must each land in a dead-letter topic, and nowhere else
     */
    public Count count(Collection<String> expected, Collection<String> poisonKeys) {
        List<String> lost = new ArrayList<>();
        Map<String, Integer> duplicated = new TreeMap<>();
        int routedCount = 0;
        for (String key : expected) {
            Map<String, AtomicInteger> events = routed.get(key);
            if (events == null || events.isEmpty()) {
                lost.add(key);
                continue;
            }
            routedCount++;
            int most = events.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
            if (most > 1) {
                duplicated.put(key, most);
            }
        }
        Map<String, Integer> perDlt = new TreeMap<>();
        List<DeadLetter> letters = new ArrayList<>();
        Stream.concat(expected.stream(), poisonKeys.stream()).distinct()
                .flatMap(key -> deadLetters.getOrDefault(key, List.of()).stream())
                .forEach(letter -> {
                    letters.add(letter);
                    perDlt.merge(letter.topic(), 1, Integer::sum);
                });
        return new Count(expected.size(), routedCount, List.copyOf(lost), Map.copyOf(duplicated), perDlt,
                List.copyOf(letters));
    }

    /**
     * @param duplicated candidate key -> the most decisions committed for one of its profile events (> 1)
     * @param deadLetters per dead-letter topic, how many records of the run it holds
     */
    public record Count(int sent, int routed, List<String> lost, Map<String, Integer> duplicated,
                        Map<String, Integer> deadLetters, List<DeadLetter> letters) {
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }
}
