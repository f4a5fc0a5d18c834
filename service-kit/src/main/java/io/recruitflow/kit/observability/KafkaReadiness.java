package io.recruitflow.kit.observability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

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

    private final Callable<Integer> brokers;
    private final Supplier<Collection<MessageListenerContainer>> listeners;
    private final Runnable close;

    /**
     * @param brokers   how many brokers answer; throws when none does in time
     * @param listeners the listener containers of the service
     */
    KafkaReadiness(Callable<Integer> brokers, Supplier<Collection<MessageListenerContainer>> listeners, Runnable close) {
        super("Kafka readiness check failed");
        this.brokers = brokers;
        this.listeners = listeners;
        this.close = close;
    }

    /** Asks the cluster through an admin client of the service's Kafka settings, within {@code timeout}. */
    public static KafkaReadiness of(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry registry, Duration timeout) {
        LazyAdmin admin = new LazyAdmin(kafkaAdmin);
        return new KafkaReadiness(
                () -> admin.get().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size(),
                registry::getListenerContainers, admin::close);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        int answering = brokers.call();
        builder.withDetail("brokers", answering);
        List<String> idle = new ArrayList<>();
        for (MessageListenerContainer container : listeners.get()) {
            Collection<TopicPartition> assigned = container.getAssignedPartitions();
            if (container.isRunning() && (assigned == null || assigned.isEmpty())) {
                idle.add(container.getListenerId());
            }
        }
        if (answering == 0 || !idle.isEmpty()) {
            builder.down().withDetail("listenersWithoutPartitions", idle);
        } else {
            builder.up();
        }
    }

    @Override
    public void destroy() {
        close.run();
    }

    /** One admin client, made on first use and closed with the service. */
    private static final class LazyAdmin {

        private final KafkaAdmin kafkaAdmin;
        private Admin admin;

        LazyAdmin(KafkaAdmin kafkaAdmin) {
            this.kafkaAdmin = kafkaAdmin;
        }

        synchronized Admin get() {
            if (admin == null) {
                admin = Admin.create(kafkaAdmin.getConfigurationProperties());
            }
            return admin;
        }

        synchronized void close() {
            if (admin != null) {
                admin.close(Duration.ofSeconds(2));
            }
        }
    }
}
