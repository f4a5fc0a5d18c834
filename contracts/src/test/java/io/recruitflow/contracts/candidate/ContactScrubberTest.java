package io.recruitflow.contracts.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ContactScrubberTest {

    @ParameterizedTest
    @ValueSource(strings = {"jane.doe+jobs@mail.example.com", "+1 (555) 010-9999", "020 7946 0958", "+49-30-1234567",
            "https://linkedin.com/in/jane", "www.jane.dev"})
    void removesContactDetails(String contact) {
        assertThat(ContactScrubber.scrub("Contact: " + contact + " today")).doesNotContain(contact).startsWith("Contact: [");
    }

    @Test
    void scrubsTheLongestResumeTextWithoutBacktrackingThroughIt() {
        // 200,000 characters without an '@' (a quadratic pattern would take minutes here), then an address.
        String text = "a".repeat(100_000) + " " + "b.".repeat(50_000) + " reach me: jane@example.org";

        assertThat(ContactScrubber.scrub(text)).endsWith("reach me: [email removed]").hasSize(text.length() - 16 + 15);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call +44 20 \u007F7946 9137!", "Call +44 20 7946\u200B9137!", "jane\u0000@example.org",
            "jane@exam\u200Dple.org"})
    void removesContactDetailsSplitByInvisibleCharacters(String text) {
        assertThat(ContactScrubber.scrub(text)).doesNotContain("7946", "jane", "example").contains("removed]");
    }

    @Test
    void keepsLineBreaksAndTabs() {
        assertThat(ContactScrubber.scrub("Skills:\tJava\r\nKafka")).isEqualTo("Skills:\tJava\r\nKafka");
    }

    @Test
    void keepsYearsVersionsAndDurations() {
        String text = "2019-2023: Java 17, Kafka 4.1.2, Experience - 24 months, 99.9% uptime, 1,000,000 events/s";

        assertThat(ContactScrubber.scrub(text)).isEqualTo(text);
    }
}
