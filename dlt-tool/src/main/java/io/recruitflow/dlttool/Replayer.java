package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Copies dead letters back to their original topic, exactly once per dead letter.
 *
 * <p>How: one transactional producer per dead-letter topic, with a fixed transactional id. Its
 * {@code initTransactions()} fences any other replay of the same topic still running and lets the
 * coordinator abort whatever transaction a crashed replay left open. Only then is the
 * {@link ReplayLedger} read, so it lists every dead letter whose copy was ever committed. Each batch
 * of selected dead letters not in the ledger is then copied in one transaction together with its
 * ledger markers: a copy is visible (to {@code read_committed} readers, as every service is) if and
 * only if its marker is. A replay that is fenced by a newer one stops without committing; the newer
 * one replays what is left.
 */
final class Replayer {

    private final KafkaClients kafka;
    private final PrintWriter out;
    private final int batchSize;
    private final Clock clock;

    Replayer(KafkaClients kafka, PrintWriter out, int batchSize, Clock clock) {
        this.kafka = kafka;
        this.out = out;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** What a replay found and did. {@code missing}: asked-for positions the topic does not hold. */
    record Result(int matched, int alreadyReplayed, int replayed, Set<String> missing) {
    }

    Result replay(String dlt, Selection selection, boolean dryRun) {
        String target = DeadLetter.replayTarget(dlt);
        if (target == null) {
            throw new ToolException(DltTool.USAGE, dlt + " is not a dead-letter topic (their names end with -dlt)");
        }
        TopicDescription dltTopic = kafka.describe(dlt);
        int targetPartitions = kafka.describe(target).partitions().size();
        ReplayLedger ledger = new ReplayLedger(kafka, dlt, dltTopic.topicId());
        Counts counts = new Counts(selection.positions());
        if (dryRun) {
            Map<String, String> replayed = ledger.load();
            new TopicReader(kafka, batchSize).readBatches(dlt, batch -> {
                for (DeadLetter deadLetter : pending(batch, selection, replayed, counts)) {
                    out.printf("would replay %s-%s  key %s  to %s  reason: %s%n", dlt, deadLetter.position(),
                            deadLetter.key(), target, deadLetter.reason());
                }
            });
            return counts.result(0);
        }
        ledger.create();
        int[] copied = {0};
        try (KafkaProducer<byte[], byte[]> producer = kafka.replayProducer(dlt)) {
            initTransactions(producer, dlt);
            Map<String, String> replayed = ledger.load();
            new TopicReader(kafka, batchSize).readBatches(dlt, batch -> {
                List<DeadLetter> pending = pending(batch, selection, replayed, counts);
                if (!pending.isEmpty()) {
                    copy(producer, ledger, target, targetPartitions, pending);
                    copied[0] += pending.size();
                }
            });
        }
        return counts.result(copied[0]);
    }

    private List<DeadLetter> pending(List<ConsumerRecord<byte[], byte[]>> batch, Selection selection,
            Map<String, String> replayed, Counts counts) {
        List<DeadLetter> pending = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            DeadLetter deadLetter = new DeadLetter(record);
            if (selection.matches(deadLetter)) {
                counts.matched(deadLetter);
                if (replayed.containsKey(deadLetter.position())) {
                    counts.alreadyReplayed++;
                } else {
                    pending.add(deadLetter);
                }
            }
        }
        return pending;
    }

    private void copy(KafkaProducer<byte[], byte[]> producer, ReplayLedger ledger, String target, int targetPartitions,
            List<DeadLetter> deadLetters) {
        try {
            producer.beginTransaction();
            List<Future<RecordMetadata>> copies = new ArrayList<>();
            for (DeadLetter deadLetter : deadLetters) {
                // The same partition as before, so the copy keeps its place among the key's records.
                Integer partition = deadLetter.partition() < targetPartitions ? deadLetter.partition() : null;
                copies.add(producer.send(new ProducerRecord<>(target, partition, deadLetter.record().key(),
                        deadLetter.value(), deadLetter.replayHeaders())));
            }
            List<String> replayedTo = new ArrayList<>();
            for (Future<RecordMetadata> copy : copies) {
                RecordMetadata metadata = copy.get();
                replayedTo.add(metadata.topic() + "-" + DeadLetter.position(metadata.partition(), metadata.offset()));
            }
            for (int i = 0; i < deadLetters.size(); i++) {
                producer.send(ledger.marker(deadLetters.get(i), replayedTo.get(i), clock.instant()));
            }
            // Nothing of this batch is seen by read_committed readers until the commit succeeds.
            producer.commitTransaction();
            for (int i = 0; i < deadLetters.size(); i++) {
                DeadLetter deadLetter = deadLetters.get(i);
                out.printf("replayed %s-%s  key %s  to %s%n", deadLetter.dlt(), deadLetter.position(), deadLetter.key(),
                        replayedTo.get(i));
            }
        } catch (ExecutionException | KafkaException e) {
            if (fenced(e)) {
                throw new ToolException(DltTool.REPLAY_TAKEN_OVER, "another replay of " + deadLetters.get(0).dlt()
                        + " started and took over; this one stopped and its last batch was rolled back", e);
            }
            abort(producer);
            throw kafka.failed("replaying to " + target + " (this batch was rolled back)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort(producer);
            throw kafka.failed("replaying to " + target + " (this batch was rolled back)", e);
        }
    }

    private static boolean fenced(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProducerFencedException || cause instanceof InvalidProducerEpochException) {
                return true;
            }
        }
        return false;
    }

    private void initTransactions(KafkaProducer<byte[], byte[]> producer, String dlt) {
        try {
            producer.initTransactions();
        } catch (KafkaException e) {
            throw kafka.failed("starting the replay transaction (transactional id " + KafkaClients.transactionalId(dlt) + ")", e);
        }
    }

    private static void abort(KafkaProducer<byte[], byte[]> producer) {
        try {
            producer.abortTransaction();
        } catch (KafkaException ignored) {
            // Closing the producer leaves the transaction to the coordinator, which aborts it.
        }
    }

    private static final class Counts {
        private final Set<String> missing;
        private int matched;
        private int alreadyReplayed;

        Counts(Set<String> asked) {
            this.missing = asked == null ? new HashSet<>() : new HashSet<>(asked);
        }

        void matched(DeadLetter deadLetter) {
            matched++;
            missing.remove(deadLetter.position());
        }

        Result result(int replayed) {
            return new Result(matched, alreadyReplayed, replayed, Set.copyOf(missing));
        }
    }
}
