package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import io.recruitflow.notifier.notification.ChannelSettings.Type;
import io.recruitflow.notifier.notification.ChannelSettings;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class ChannelsTest {

    final Channels withoutMail = new Channels(OutboundSettings.defaults(), Clock.systemUTC(), null);

    @Test
    void createsAChannelForEachType() {
        Channels channels = new Channels(OutboundSettings.defaults(), Clock.systemUTC(), new JavaMailSenderImpl());
        URI url = URI.create("https://hooks.example.com/x");

        assertThat(channels.create("team", new ChannelSettings(Type.WEBHOOK, url, List.of(WebhookChannelTest.secret(1)), null, null)))
                .isInstanceOf(WebhookChannel.class);
        assertThat(channels.create("team", new ChannelSettings(Type.SLACK, url, null, null, null))).isInstanceOf(SlackChannel.class);
        assertThat(channels.create("team", new ChannelSettings(Type.EMAIL, null, null, List.of("a@example.com"), "rf@example.com")))
                .isInstanceOf(EmailChannel.class);
        assertThat(channels.create("team", new ChannelSettings(Type.LOG, null, null, null, null))).isInstanceOf(LogChannel.class);
    }

    @Test
    void anEmailChannelWithoutAMailSenderFailsAtStartUp() {
        assertThatThrownBy(() -> withoutMail.create("backend-team",
                new ChannelSettings(Type.EMAIL, null, null, List.of("a@example.com"), "rf@example.com")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscription 'backend-team', EMAIL channel: no mail sender is configured (set spring.mail.host)");
    }

    @Test
    void aUrlThatIsRefusedOnItsFaceFailsAtStartUp() {
        assertThatThrownBy(() -> withoutMail.create("ops", new ChannelSettings(Type.SLACK, URI.create("file:///etc/passwd"),
                null, null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("subscription 'ops', SLACK channel url: scheme 'file' is not allowed:"
                        + " https only (http for hosts in allowPlainHttp)");
        assertThatThrownBy(() -> withoutMail.create("ops", new ChannelSettings(Type.SLACK,
                URI.create("http://hooks.slack.com/services/T/B/secret"), null, null, null)))
                .hasMessageContaining("plain http to hooks.slack.com is not allowed").hasMessageNotContaining("secret");
    }
}
