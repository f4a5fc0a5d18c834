package io.recruitflow.notifier.notification;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import io.recruitflow.notifier.notification.ChannelSettings.Type;
import org.junit.jupiter.api.Test;

class ChannelSettingsTest {

    static final URI URL = URI.create("https://hooks.example.com/recruiting");
    static final String SECRET = secret(7);

    private static String secret(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    @Test
    void acceptsOneWellFormedChannelOfEachType() {
        assertThatCode(() -> {
            new ChannelSettings(Type.WEBHOOK, URL, List.of(SECRET, secret(8)), null, null);
            new ChannelSettings(Type.SLACK, URL, null, null, null);
            new ChannelSettings(Type.EMAIL, null, null, List.of("a@example.com", "b@example.com"), "rf@example.com");
            new ChannelSettings(Type.LOG, null, null, null, null);
        }).doesNotThrowAnyException();
    }

    @Test
    void namesTheMissingField() {
        assertThatThrownBy(() -> new ChannelSettings(null, URL, null, null, null))
                .hasMessage("type is required: one of WEBHOOK, SLACK, EMAIL, LOG");
        assertThatThrownBy(() -> new ChannelSettings(Type.SLACK, null, null, null, null))
                .hasMessage("url is required for a SLACK channel");
        assertThatThrownBy(() -> new ChannelSettings(Type.WEBHOOK, URL, List.of(), null, null))
                .hasMessage("secrets: a WEBHOOK channel needs at least one whsec_ secret to sign with");
        assertThatThrownBy(() -> new ChannelSettings(Type.EMAIL, null, null, List.of(), "rf@example.com"))
                .hasMessage("to: an EMAIL channel needs at least one recipient");
        assertThatThrownBy(() -> new ChannelSettings(Type.EMAIL, null, null, List.of("a@example.com"), null))
                .hasMessage("from is required for an EMAIL channel");
    }

    @Test
    void refusesFieldsThatDoNotApplyToTheType() {
        assertThatThrownBy(() -> new ChannelSettings(Type.SLACK, URL, List.of(SECRET), null, null))
                .hasMessage("secrets apply to WEBHOOK channels only, not SLACK");
        assertThatThrownBy(() -> new ChannelSettings(Type.LOG, URL, null, null, null))
                .hasMessage("url applies to WEBHOOK and SLACK channels only, not LOG");
        assertThatThrownBy(() -> new ChannelSettings(Type.WEBHOOK, URL, List.of(SECRET), List.of("a@example.com"), null))
                .hasMessage("to and from apply to EMAIL channels only, not WEBHOOK");
    }

    @Test
    void namesABadSecretByIndexWithoutRevealingIt() {
        assertThatThrownBy(() -> new ChannelSettings(Type.WEBHOOK, URL, List.of(SECRET, "sk_live_TOPSECRET"), null, null))
                .hasMessage("secrets[1] must look like whsec_<base64>");
        assertThatThrownBy(() -> new ChannelSettings(Type.WEBHOOK, URL, List.of("whsec_TOP$SECRET!"), null, null))
                .hasMessage("secrets[0] is not base64 after the whsec_ prefix");
        assertThatThrownBy(() -> new ChannelSettings(Type.WEBHOOK, URL, List.of("whsec_c2hvcnQ="), null, null))
                .hasMessage("secrets[0] is too short: Standard Webhooks secrets have at least 24 bytes");
    }

    @Test
    void refusesAddressesThatCouldSplitAHeader() {
        assertThatThrownBy(() -> new ChannelSettings(Type.EMAIL, null, null,
                List.of("a@example.com", "b@example.com\r\nBcc: spy@example.net"), "rf@example.com"))
                .hasMessage("to[1] is not a plain e-mail address (name@domain)");
        assertThatThrownBy(() -> new ChannelSettings(Type.EMAIL, null, null, List.of("a@example.com"), "RecruitFlow"))
                .hasMessage("from is not a plain e-mail address (name@domain)");
    }
}
