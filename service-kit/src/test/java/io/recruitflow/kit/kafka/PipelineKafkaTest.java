package io.recruitflow.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The pipeline's transaction manager lets code in a Kafka transaction act after the commit, and only
 * then. With Spring Kafka's default (no synchronization) notifier updated its memory of notified
 * outcomes before the commit: a rolled-back batch was remembered as notified, and its notifications
 * were skipped as unchanged when the batch was retried. And a transaction lost to a fenced producer
 * fails as an ordinary transaction failure, which the listener container answers by reading the
 * batch again, where a {@code ProducerFencedException} makes it move on past the batch (found by
 * the fault-injection suite: a broker restart longer than the transaction timeout lost a batch).
 */
class PipelineKafkaTest {

    private final List<MockProducer<String, String>> created = new ArrayList<>();
    private final MockProducerFactory<String, String> producers = new MockProducerFactory<>((transactional, id) -> {
        MockProducer<String, String> producer = new MockProducer<>(true, null, new StringSerializer(), new StringSerializer());
        producer.initTransactions();
        created.add(producer);
        return producer;
    }, "tx-");
    private final TransactionTemplate transactions = new TransactionTemplate(PipelineKafka.transactionManager(producers));
    private final KafkaTemplate<String, String> kafka = new KafkaTemplate<>(producers);
    private final List<String> committed = new ArrayList<>();

    @Test
    void runsAfterCommitCallbacksOnceTheTransactionHasCommitted() {
        transactions.executeWithoutResult(status -> {
            kafka.send("topic", "key", "value");
            afterCommit("first");
            assertThat(committed).isEmpty();
        });

        assertThat(committed).containsExactly("first");
    }

    @Test
    void neverRunsThemWhenTheTransactionRollsBack() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            kafka.send("topic", "key", "value");
            afterCommit("rolled back");
            throw new IllegalStateException("the broker went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(committed).isEmpty();
    }

    @Test
    void reportsAFencedCommitAsAnOrdinaryTransactionFailure() {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            kafka.send("topic", "key", "value");
            // As the broker does when it aborted the transaction for running past its timeout.
            created.get(created.size() - 1).fenceProducer();
        })).isInstanceOf(TransactionSystemException.class)
                .isNotInstanceOf(ProducerFencedException.class)
                .hasRootCauseInstanceOf(ProducerFencedException.class);
    }

    private void afterCommit(String what) {
        assertThat(TransactionSynchronizationManager.isSynchronizationActive()).isTrue();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(what);
            }
        });
    }
}
