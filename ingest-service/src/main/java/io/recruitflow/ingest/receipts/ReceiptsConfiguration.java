package io.recruitflow.ingest.receipts;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.ingest.IngestProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import tools.jackson.databind.json.JsonMapper;

/**
 * The receipts store on the service's Kafka connection. It is loaded in an early lifecycle phase:
 * after the topics exist, before the listeners and the web server take events.
 */
@Configuration(proxyBeanMethods = false)
class ReceiptsConfiguration {

    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(2);

    /** Receipts go out in the transactions of the service's own (transactional) template. */
    @Bean(destroyMethod = "close")
    ReceiptStore receiptStore(KafkaProperties kafka, KafkaConnectionDetails connection,
                              KafkaOperations<String, Object> template, IngestProperties properties, Clock clock) {
        Map<String, Object> consumer = kafka.buildConsumerProperties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, String.join(",", connection.getBootstrapServers()));
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new ReceiptStore(new KafkaConsumer<>(consumer, new StringDeserializer(), new ByteArrayDeserializer()),
                template, properties.publishTimeout(), Topic.RECEIPT_RETENTION, clock);
    }

    @Bean
    StoredReceipts receipts(ReceiptStore store, JsonMapper json) {
        return new StoredReceipts(store, json);
    }

    @Bean
    SmartLifecycle receiptsLoader(ReceiptStore store) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                store.start(LOAD_TIMEOUT);
                running = true;
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                // Before the Kafka listener containers and the web server start taking events.
                return 0;
            }
        };
    }
}
