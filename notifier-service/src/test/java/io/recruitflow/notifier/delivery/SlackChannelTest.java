package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.recruitflow.notifier.delivery.DeliveryAttempt.Outcome;
import io.recruitflow.notifier.notification.ChannelSettings.Type;
import io.recruitflow.notifier.notification.ChannelSettings;
import io.recruitflow.notifier.notification.Notification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SlackChannelTest {

    @RegisterExtension
    final LoopbackServer server = new LoopbackServer();

    @Test
    void postsAFallbackTextAndBlocks() {
        DeliveryAttempt attempt = deliver(Notifications.routed("s-1"));

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
        JsonNode payload = received();
        assertThat(payload.get("text").asString()).isEqualTo("Backend engineer (87%): Jane &lt;b&gt;Doe&lt;/b&gt; &amp; Co"
                + " → DistantJob (full-time remote engineers; vetted seniors); then Toptal, Upwork; queue backend-engineers");
        assertThat(blockTypes(payload)).containsExactly("header", "section", "section", "section", "section", "context");
        assertThat(payload.get("blocks").get(0).get("text").get("text").asString()).isEqualTo("Backend engineer → DistantJob");
        String all = mrkdwn(payload);
        assertThat(all).contains("*Confidence:* 87%", "*Suggested platform: DistantJob*", "Alternatives: Toptal, Upwork",
                "Key: greenhouse:4711", "<https://ats.example.com/candidates/4711?tab=profile&amp;x=1|Open in the ATS>");
        assertThat(server.received().get(0).header("webhook-signature")).isNull();
    }

    @Test
    void escapesCandidateProvidedTextSoItCannotFormLinksOrMentions() {
        deliver(Notifications.routed("s-2"));

        String raw = new String(server.received().get(0).body(), StandardCharsets.UTF_8);
        String all = mrkdwn(received());
        assertThat(all).contains("*Jane &lt;b&gt;Doe&lt;/b&gt; &amp; Co*",
                "“Kafka &lt;script&gt;alert(1)&lt;/script&gt; &amp; Go” (SKILL in skills, weight 0.80)");
        assertThat(raw).doesNotContain("<script>", "<b>", "& Co");
    }

    @Test
    void flagsHumanReview() {
        deliver(Notifications.needingReview("s-3"));

        assertThat(mrkdwn(received())).contains(
                ":warning: *Human review:* needs review: confidence 0.42 is below the review threshold 0.60");
        assertThat(received().get("text").asString()).startsWith("Hybrid (42%)").endsWith("; needs review: "
                + "confidence 0.42 is below the review threshold 0.60");
    }

    @Test
    void mapsTheStatusLikeAWebhook() {
        server.answering(404);

        DeliveryAttempt attempt = deliver(Notifications.routed("s-4"));

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.error()).isEqualTo("HTTP 404 from 127.0.0.1");
    }

    private DeliveryAttempt deliver(Notification notification) {
        return new Channels(WebhookChannelTest.LOOPBACK, Clock.systemUTC(), null)
                .create("backend-team", new ChannelSettings(Type.SLACK, server.url("/services/T/B/x"), null, null, null))
                .deliver(notification, 1);
    }

    private JsonNode received() {
        return JsonMapper.builder().build().readTree(server.received().get(0).body());
    }

    private static List<String> blockTypes(JsonNode payload) {
        List<String> types = new ArrayList<>();
        payload.get("blocks").forEach(block -> types.add(block.get("type").asString()));
        return types;
    }

    /** Every mrkdwn text in the blocks, one per line. */
    private static String mrkdwn(JsonNode payload) {
        List<String> texts = new ArrayList<>();
        for (JsonNode block : payload.get("blocks")) {
            if (block.has("text") && block.get("text").get("type").asString().equals("mrkdwn")) {
                texts.add(block.get("text").get("text").asString());
            }
            if (block.has("elements")) {
                block.get("elements").forEach(element -> texts.add(element.get("text").asString()));
            }
        }
        return String.join("\n", texts);
    }
}
