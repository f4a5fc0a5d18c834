package io.recruitflow.ingest.receipts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The store's memory on Kafka's own test doubles; its Kafka round trip is in IngestServiceIntegrationTest. */
class ReceiptStoreTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T12:00:00Z"));
    private final ReceiptStore store = new ReceiptStore(new MockConsumer<>("earliest"),
            new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer()), Duration.ofSeconds(1),
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
