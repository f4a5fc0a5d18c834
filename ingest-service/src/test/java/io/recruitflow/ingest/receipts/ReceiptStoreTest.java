package io.recruitflow.ingest.receipts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.PipelineKafka;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/** The store's memory on Kafka's own test doubles; its Kafka round trip is in IngestServiceIntegrationTest. */
class ReceiptStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final ReceiptStore store = new ReceiptStore(new MockConsumer<>("earliest"),
            new KafkaTemplate<>(new MockProducerFactory<String, Object>(() -> new MockProducer<>(true, null,
                    new StringSerializer(), new EventValueSerializer()))), Duration.ofSeconds(1),
            Duration.ofDays(30), clock);

    @Test
    void remembersAReceiptForTheRetentionAndForgetsItAfter() {
        store.put("delivery|lever|e1", "{}");

        clock.advance(Duration.ofDays(29));
        assertThat(store.get("delivery|lever|e1")).hasValue("{}");

        clock.advance(Duration.ofDays(2));
        assertThat(store.get("delivery|lever|e1")).isEmpty();
        store.evictExpired();
        assertThat(store.size()).isZero();
    }

    @Test
    void waitsForTheTopicsPartitionsWhenTheBrokerDoesNotListThemYet() {
        String topic = Topics.INGEST_RECEIPTS.name();
        TopicPartition partition = new TopicPartition(topic, 0);
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest") {
            private int asked;

            @Override
            public synchronized List<PartitionInfo> partitionsFor(String name, Duration timeout) {
                // Just after the service created the topic, the broker lists no partitions yet.
                return ++asked < 3 ? List.of() : super.partitionsFor(name, timeout);
            }
        };
        consumer.updatePartitions(topic, List.of(new PartitionInfo(topic, 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, 0L));
        ReceiptStore loading = new ReceiptStore(consumer, new KafkaTemplate<>(new MockProducerFactory<String, Object>(
                () -> new MockProducer<>(true, null, new StringSerializer(), new EventValueSerializer()))),
                Duration.ofSeconds(1));

        loading.start(Duration.ofSeconds(10));
        try {
            assertThat(consumer.assignment()).containsExactly(partition);
        } finally {
            loading.close();
        }
    }

    @Test
    void remembersReceiptsWrittenInATransactionOnlyOnceItCommits() {
        MockProducerFactory<String, Object> producers = new MockProducerFactory<>((transactional, id) -> {
            MockProducer<String, Object> producer = new MockProducer<>(true, null, new StringSerializer(),
                    new EventValueSerializer());
            producer.initTransactions();
            return producer;
        }, "ingest-test-");
        ReceiptStore transactional = new ReceiptStore(new MockConsumer<>("earliest"), new KafkaTemplate<>(producers),
                Duration.ofSeconds(1), Duration.ofDays(30), clock);
        TransactionTemplate transactions = new TransactionTemplate(PipelineKafka.transactionManager(producers));

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            transactional.put("content|lever:1", "abc");
            assertThat(transactional.get("content|lever:1")).as("seen by its own transaction").hasValue("abc");
            throw new IllegalStateException("killed before the commit");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(transactional.get("content|lever:1")).as("rolled back: never remembered").isEmpty();

        transactions.executeWithoutResult(status -> transactional.put("content|lever:1", "def"));
        assertThat(transactional.get("content|lever:1")).as("committed").hasValue("def");
    }

    @Test
    void forgetsAReceiptWrittenAsATombstone() {
        store.put("content|lever:1", "abc");
        store.put("content|lever:1", null);

        assertThat(store.get("content|lever:1")).isEmpty();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
