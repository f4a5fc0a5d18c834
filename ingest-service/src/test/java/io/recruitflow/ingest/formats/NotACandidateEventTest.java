package io.recruitflow.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NotACandidateEventTest {

    @Test
    void namesAPlainEventType() {
        assertThat(new NotACandidateEvent("greenhouse", "ping", "e1").reason())
                .isEqualTo("greenhouse event 'ping' carries no candidate change");
    }

    @Test
    void neverEchoesWhateverElseAPayloadPutInTheEventType() {
        assertThat(new NotACandidateEvent("lever", "grace@example.org", "e2").reason())
                .isEqualTo("lever event of an unknown type carries no candidate change");
        assertThat(new NotACandidateEvent("workable", null, "e3").reason()).doesNotContain("null");
    }
}
