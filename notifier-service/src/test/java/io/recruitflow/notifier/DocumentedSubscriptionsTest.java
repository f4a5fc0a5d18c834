package io.recruitflow.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.notifier.delivery.Channels;
import io.recruitflow.notifier.delivery.OutboundSettings;
import io.recruitflow.notifier.notification.ChannelSettings;
import io.recruitflow.notifier.notification.Subscription;
import io.recruitflow.notifier.notification.SubscriptionProperties;
import io.recruitflow.notifier.notification.SubscriptionFilter.Review;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The subscription example in the README binds, and every channel in it can be built. */
class DocumentedSubscriptionsTest {

    @Test
    void theReadmeExampleIsAWorkingConfiguration() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("secrets", Map.of(
                "ENGINEERING_WEBHOOK_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "ENGINEERING_SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T000/B000/XXXX",
                "SMTP_USERNAME", "recruitflow", "SMTP_PASSWORD", "secret")));
        new YamlPropertySourceLoader().load("readme", new ByteArrayResource(readmeYaml().getBytes(StandardCharsets.UTF_8)))
                .forEach(source -> environment.getPropertySources().addLast(source));
        ConfigurationPropertySources.attach(environment);

        SubscriptionProperties properties = Binder.get(environment).bindOrCreate("notifier", SubscriptionProperties.class);

        List<Subscription> subscriptions = properties.subscriptionList();
        assertThat(subscriptions).extracting(Subscription::name).containsExactly("backend-engineering", "human-review");
        assertThat(subscriptions.get(0).filter().roles()).containsExactlyInAnyOrder(CandidateRole.BACKEND_ENGINEER,
                CandidateRole.HYBRID);
        assertThat(subscriptions.get(0).filter().review()).isEqualTo(Review.EXCLUDED);
        assertThat(subscriptions.get(0).channels()).extracting(ChannelSettings::type)
                .containsExactly(ChannelSettings.Type.WEBHOOK, ChannelSettings.Type.SLACK);
        assertThat(subscriptions.get(1).channels()).extracting(ChannelSettings::type)
                .containsExactly(ChannelSettings.Type.EMAIL, ChannelSettings.Type.LOG);
        assertThat(properties.atsLinks()).containsKey("greenhouse");

        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(environment.getProperty("spring.mail.host"));
        OutboundSettings outbound = Binder.get(environment).bindOrCreate("notifier.outbound", OutboundSettings.class);
        Channels channels = new Channels(outbound, Clock.systemUTC(), mail);
        subscriptions.forEach(subscription -> subscription.channels()
                .forEach(channel -> assertThat(channels.create(subscription.name(), channel)).isNotNull()));
    }

    /** The yaml block under "Adding a subscription" in notifier-service/README.md. */
    private static String readmeYaml() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Adding a subscription"));
        int start = section.indexOf("```yaml") + "```yaml".length();
        return section.substring(start, section.indexOf("```", start));
    }
}
