package io.recruitflow.kit.kafka;

import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * Spring Kafka's transaction manager with two differences that keep consume-transform-produce
 * exactly once through broker failures:
 * <ul>
 * <li>transaction synchronization is on, so code running in a transaction can act once it has
 * committed (a memory updated, a line logged) and forget what it did when it rolls back;</li>
 * <li>a commit or abort refused because the producer was fenced is reported as an ordinary failure.
 * The listener container treats a fenced producer as the sign of a rebalance and moves on without
 * seeking back, trusting the partitions' new owner to read the batch again. But the broker also
 * fences a producer whose transaction it aborted for running past {@code transaction.timeout.ms},
 * as after a broker restart, while the instance still owns its partitions: moving on would skip the
 * aborted batch for good. As an ordinary failure the batch is read again from its first record.</li>
 * </ul>
 */
final class PipelineTransactionManager<K, V> extends KafkaTransactionManager<K, V> {

    PipelineTransactionManager(ProducerFactory<K, V> producers) {
        super(producers);
        setTransactionSynchronization(SYNCHRONIZATION_ON_ACTUAL_TRANSACTION);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new FencedTransactionException("commit", e);
        }
    }

    @Override
    protected void doRollback(DefaultTransactionStatus status) {
        try {
            super.doRollback(status);
        } catch (ProducerFencedException | InvalidProducerEpochException e) {
            throw new FencedTransactionException("abort", e);
        }
    }

    /** The transaction's producer was fenced: nothing of the transaction is committed; read the batch again. */
    static final class FencedTransactionException extends TransactionSystemException {

        FencedTransactionException(String operation, Throwable cause) {
            super("The producer was fenced at " + operation + "; the transaction is aborted", cause);
        }
    }
}
