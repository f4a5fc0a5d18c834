package io.recruitflow.ingest.messaging;

import java.util.function.Supplier;

import io.recruitflow.ingest.candidate.PublishFailedException;
import io.recruitflow.ingest.candidate.Transactions;
import io.recruitflow.kit.kafka.AfterCommit;
import org.apache.kafka.common.KafkaException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionOperations;

/**
 * {@link Transactions} on Kafka: the writes join the listener's transaction (for the raw topic, with
 * the consumed offsets) or run in one of their own, committed when this returns (an HTTP request).
 * Only the event bus can fail in here, as input was validated before: its failures become
 * {@link PublishFailedException}.
 */
final class KafkaTransactions implements Transactions {

    private final TransactionOperations transactions;

    KafkaTransactions(TransactionOperations transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inOne(Supplier<T> writes) {
        try {
            return transactions.execute(status -> writes.get());
        } catch (PublishFailedException e) {
            throw e;
        } catch (KafkaException | org.springframework.kafka.KafkaException | TransactionException e) {
            throw new PublishFailedException("the event bus did not take the event", e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        AfterCommit.run(action);
    }
}
