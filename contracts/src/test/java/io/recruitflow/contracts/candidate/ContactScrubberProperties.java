package io.recruitflow.contracts.candidate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** The scrubber's fast path (patterns skipped when they cannot match) removes exactly what every pattern would. */
class ContactScrubberProperties {

    @Property(tries = 3000)
    void skippingPatternsThatCannotMatchChangesNothing(@ForAll("contactLikeText") String text) {
        assertThat(ContactScrubber.scrub(text)).isEqualTo(ContactScrubber.scrubWithEveryPattern(text));
    }

    @Provide
    Arbitrary<String> contactLikeText() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of("ada@example.org", "www.example.com", "WWW.x.io", "https://x.io/a", "HTTP://y",
                        "+44 20 7946 0958", "(555) 010-7788", "2019-2023", "0123456", "w\u200Bww.x.io",
                        "ada\u00AD@example.org", ":\u200B//", "\u0007", "\uD83D\uDE00", "\uDB40\uDC01", " ", "\n", "@", ":", "//"),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10));
        return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
    }
}
