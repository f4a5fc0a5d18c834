package io.recruitflow.kit.kafka;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;

/** A refused login stops the start-up (KafkaSecurityTest, on a secured broker); a silent broker does not. */
class KafkaCredentialsCheckTest {

    @Test
    void aBrokerThatDoesNotAnswerIsNoReasonToStopTheStartUp() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KafkaCredentialsCheck check = new KafkaCredentialsCheck(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + closedPort), Duration.ofSeconds(1));

        assertThatCode(check::afterSingletonsInstantiated).doesNotThrowAnyException();
    }
}
