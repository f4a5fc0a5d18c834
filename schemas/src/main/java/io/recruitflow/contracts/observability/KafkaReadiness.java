package io.recruitflow.contracts.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Ready means able to work: the broker answers, and every running listener has partitions to
 * consume. A service that lost the broker, or an instance that got no partitions (more instances
 * than partitions, or still joining its group), reports DOWN, so traffic and alerts go elsewhere.
 */
public final class KafkaReadiness extends AbstractHealthIndicator implements DisposableBean {

    private final KafkaAdmin kafkaAdmin;
    private final KafkaListenerEndpointRegistry listeners;
    private final Duration timeout;
    private Admin admin;

    public KafkaReadiness(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners, Duration timeout) {
        super("Kafka readiness check failed");
        this.kafkaAdmin = kafkaAdmin;
        this.listeners = listeners;
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int brokers = admin().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.withDetail("brokers", brokers);
        List<String> idle = new ArrayList<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            Collection<TopicPartition> assigned = container.getAssignedPartitions();
            if (container.isRunning() && (assigned == null || assigned.isEmpty())) {
                idle.add(container.getListenerId());
            }
        }
        if (brokers == 0 || !idle.isEmpty()) {
            builder.down().withDetail("listenersWithoutPartitions", idle);
        } else {
            builder.up();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void destroy() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
