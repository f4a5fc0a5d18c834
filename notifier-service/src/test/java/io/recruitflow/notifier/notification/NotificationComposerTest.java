package io.recruitflow.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NotificationComposerTest {

    private final NotificationComposer composer = new NotificationComposer(
            new AtsLinks(Map.of("greenhouse", "https://app.greenhouse.io/people/{externalId}")));

    @Test
    void carriesWhoWhichRoleHowSureWhyAndWhere() {
        Notification notification = composer.compose(Decisions.engineer("greenhouse:4711").build(),
                new NotificationRequest("engineers", 0, "msg_1"));

        assertThat(notification.deliveryId()).isEqualTo("msg_1");
        assertThat(notification.subscription()).isEqualTo("engineers");
        assertThat(notification.candidateLabel()).isEqualTo("Ada Example");
        assertThat(notification.role()).isEqualTo("BACKEND_ENGINEER");
        assertThat(notification.confidence()).isEqualTo(0.87);
        assertThat(notification.topEvidence()).singleElement()
                .satisfies(line -> assertThat(line.matchedText()).isEqualTo("system architecture"));
        assertThat(notification.suggested().platform()).isEqualTo("DISTANTJOB");
        assertThat(notification.suggested().reasons()).containsExactly("full-time remote hire");
        assertThat(notification.alternatives()).extracting(Notification.PlatformSuggestion::platform)
                .containsExactly("HIRED", "UPWORK");
        assertThat(notification.candidateUrl()).isEqualTo(URI.create("https://app.greenhouse.io/people/4711"));
        assertThat(notification.occurredAt()).isEqualTo("2026-11-28T10:15:30Z");
    }

    @Test
    void withoutANameTheCandidateIsCalledByItsKey() {
        Notification notification = composer.compose(Decisions.engineer("lever:9").setDisplayName(null).build(),
                new NotificationRequest("engineers", 0, "msg_1"));

        assertThat(notification.candidateLabel()).isEqualTo("lever:9");
        assertThat(notification.candidateUrl()).isNull();
    }

    @Test
    void anExternalIdCannotChangeWhereTheLinkPoints() {
        AtsLinks links = new AtsLinks(Map.of("greenhouse", "https://app.greenhouse.io/people/{externalId}"));

        assertThat(links.link("greenhouse", "../../admin?x=1#y")).hasToString(
                "https://app.greenhouse.io/people/..%2F..%2Fadmin%3Fx%3D1%23y");
        assertThat(links.link("greenhouse", "a b")).hasToString("https://app.greenhouse.io/people/a%20b");
    }

    @Test
    void aTemplateWithoutThePlaceholderIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new AtsLinks(Map.of("lever", "https://hire.lever.co/candidates/")))
                .hasMessageContaining("ats-links.lever").hasMessageContaining("{externalId}");
    }
}
