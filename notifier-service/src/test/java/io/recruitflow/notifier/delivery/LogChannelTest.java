package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import io.recruitflow.notifier.delivery.DeliveryAttempt.Outcome;
import io.recruitflow.notifier.notification.ChannelSettings.Type;
import io.recruitflow.notifier.notification.ChannelSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class LogChannelTest {

    @Test
    void writesOneReadableLineByCandidateKeyWithoutCandidateData(CapturedOutput output) {
        Channel channel = new Channels(OutboundSettings.defaults(), Clock.systemUTC(), null)
                .create("backend-team", new ChannelSettings(Type.LOG, null, null, null, null));

        DeliveryAttempt attempt = channel.deliver(Notifications.needingReview("l-1"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(output.getOut()).contains("[backend-team] Hybrid (42%): greenhouse:4711 → DistantJob"
                + " (full-time remote engineers; vetted seniors); then Toptal, Upwork; queue human-review;"
                + " needs review: confidence 0.42 is below the review threshold 0.60");
        assertThat(output.getOut()).doesNotContain("Jane", "Kafka", "Platform engineer", "ats.example.com");
    }
}
