package io.recruitflow.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.recruitflow.kit.kafka.KafkaCredentialsCheck;
import io.recruitflow.kit.kafka.PipelineKafkaAutoConfiguration;
import io.recruitflow.kit.kafka.PipelineKafkaProperties;
import io.recruitflow.kit.observability.ObservabilityAutoConfiguration;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.kit.observability.RecordTracing;
import io.recruitflow.kit.security.ServiceSecurityAutoConfiguration;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The kit as a service gets it: registered as auto-configuration, next to Spring Boot's own, whose
 * transaction manager, default security chain and generated user stand back for the kit's.
 */
class KitAutoConfigurationTest {

    private final ApplicationContextRunner kafka = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, PipelineKafkaAutoConfiguration.class,
                    ObservabilityAutoConfiguration.class))
            .withBean(SimpleMeterRegistry.class)
            // nothing listens there: the credentials check gives up after its timeout and the start goes on
            .withPropertyValues("spring.kafka.bootstrap-servers=127.0.0.1:9", "pipeline.kafka.credentials-check-timeout=1s");

    @Test
    void aTransactionalServiceGetsTheKitsTransactionManagerAndRetriesRolledBackBatches() {
        kafka.withPropertyValues("spring.kafka.producer.transaction-id-prefix=test-").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).getBean(KafkaTransactionManager.class).extracting(Object::getClass)
                    .extracting(Class::getSimpleName).isEqualTo("PipelineTransactionManager");
            assertThat(context).hasSingleBean(AfterRollbackProcessor.class);
            assertThat(context).hasSingleBean(KafkaCredentialsCheck.class);
            assertThat(context).hasSingleBean(PipelineMetrics.class);
            assertThat(context.getBean(RecordTracing.class)).isSameAs(RecordTracing.NONE);
        });
    }

    @Test
    void withoutTransactionsThereIsNoTransactionManager() {
        kafka.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(KafkaTransactionManager.class);
            assertThat(context).doesNotHaveBean(AfterRollbackProcessor.class);
        });
    }

    @Test
    void theCredentialsCheckWaitsAsLongAsConfigured() {
        kafka.withPropertyValues("pipeline.kafka.credentials-check-timeout=2s").run(context ->
                assertThat(context.getBean(PipelineKafkaProperties.class).credentialsCheckTimeout())
                        .isEqualTo(Duration.ofSeconds(2)));
    }

    @Test
    void aServletServiceGetsTheKitsSecurityChainAndActuatorUsersInsteadOfBootsDefaults() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                        ServletWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
                        ServiceSecurityAutoConfiguration.class))
                .withPropertyValues("pipeline.security.actuator.username=ops", "pipeline.security.actuator.password=ops-secret")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).hasSingleBean(SecurityFilterChain.class);
                    assertThat(context).hasBean("serviceSecurity");
                    assertThat(context).hasSingleBean(UserDetailsService.class);
                    assertThat(context).hasBean("actuatorUsers");
                });
    }

    @Test
    void theClockIsUtcUnlessTheServiceHasItsOwn() {
        Clock fixed = Clock.fixed(Instant.parse("2026-12-07T12:00:00Z"), ZoneOffset.UTC);
        ApplicationContextRunner clock = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));
        clock.run(context -> assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneOffset.UTC));
        clock.withBean(Clock.class, () -> fixed).run(context -> assertThat(context.getBean(Clock.class)).isSameAs(fixed));
    }

    @Test
    void aServiceWithoutAWebServerGetsNoSecurityChain() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ServiceSecurityAutoConfiguration.class))
                .run(context -> assertThat(context).doesNotHaveBean(SecurityFilterChain.class));
    }
}
