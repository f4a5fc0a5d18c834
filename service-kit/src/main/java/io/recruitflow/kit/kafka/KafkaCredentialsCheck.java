package io.recruitflow.kit.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthenticationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Stops the start-up when the broker refuses this service's Kafka credentials (a wrong SCRAM
 * password, a client certificate it does not trust, a broker certificate this service does not
 * trust), with a message that says so. Without it the service would come up, its listeners would
 * stop on their first poll and it would never become ready, with the reason buried in the log.
 * A broker that does not answer at all is no reason to stop: the service waits for it as before.
 */
public final class KafkaCredentialsCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KafkaCredentialsCheck.class);

    private final Map<String, Object> adminConfig;
    private final Duration timeout;

    /** @param adminConfig how this service reaches the broker (bootstrap servers, security) */
    public KafkaCredentialsCheck(Map<String, Object> adminConfig, Duration timeout) {
        this.adminConfig = new HashMap<>(adminConfig);
        this.adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        this.adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5_000));
        this.timeout = timeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (Admin admin = Admin.create(adminConfig)) {
            admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException refused) {
                throw new KafkaCredentialsRefusedException(describe(adminConfig), refused);
            }
            log.warn("Kafka did not answer the start-up check ({}); waiting for it", e.getCause().getClass().getSimpleName());
        } catch (TimeoutException e) {
            log.warn("Kafka did not answer the start-up check within {}; waiting for it", timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the service tried, without any secret: the security protocol and the SASL mechanism. */
    private static String describe(Map<String, Object> config) {
        Object protocol = config.getOrDefault(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "PLAINTEXT");
        Object mechanism = config.get(SaslConfigs.SASL_MECHANISM);
        return "security.protocol=" + protocol + (mechanism == null ? "" : ", sasl.mechanism=" + mechanism);
    }

    /** The broker refused this service's Kafka credentials; the service cannot work with it. */
    public static final class KafkaCredentialsRefusedException extends IllegalStateException {

        KafkaCredentialsRefusedException(String attempted, AuthenticationException cause) {
            super("Kafka refused this service's credentials (" + attempted + "): " + cause.getMessage(), cause);
        }
    }
}
