package io.recruitflow.kit.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.MessageListenerContainer;

class KafkaReadinessTest {

    @Test
    void isNotReadyWhileTheBrokerDoesNotAnswer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        KafkaAdmin admin = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 500, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 1_000));
        KafkaReadiness readiness = KafkaReadiness.of(admin, new KafkaListenerEndpointRegistry(), Duration.ofMillis(500));
        try {
            assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            readiness.destroy();
        }
    }

    @Test
    void isNotReadyWhileARunningListenerHasNoPartitions() {
        MessageListenerContainer idle = container("notifier-classifications", true, List.of());
        MessageListenerContainer stopped = container("dlt-handler", false, List.of());
        MessageListenerContainer busy = container("notifier-deliveries", true, List.of(new TopicPartition("t", 0)));

        Health health = new KafkaReadiness(() -> 1, () -> List.of(idle, stopped, busy), () -> { }).health();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("listenersWithoutPartitions", List.of("notifier-classifications"));
    }

    @Test
    void isReadyWhenTheBrokerAnswersAndEveryRunningListenerHasPartitions() {
        MessageListenerContainer busy = container("notifier-deliveries", true, List.of(new TopicPartition("t", 0)));
        MessageListenerContainer stopped = container("dlt-handler", false, List.of());

        assertThat(new KafkaReadiness(() -> 1, () -> List.of(busy, stopped), () -> { }).health().getStatus())
                .isEqualTo(Status.UP);
    }

    private static MessageListenerContainer container(String id, boolean running, List<TopicPartition> assigned) {
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.getListenerId()).thenReturn(id);
        when(container.isRunning()).thenReturn(running);
        when(container.getAssignedPartitions()).thenReturn(assigned);
        return container;
    }
}
