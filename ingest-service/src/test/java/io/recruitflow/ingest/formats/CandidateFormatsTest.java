package io.recruitflow.ingest.formats;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateFormatsTest {

    private final CandidateFormats formats = CandidateFormats.standard(JSON, id -> Optional.empty());

    @Test
    void findsTheVendorFormatForAWebhookSource() {
        assertThat(formats.forSource("greenhouse")).map(CandidateFormat::name).hasValue("greenhouse");
        assertThat(formats.forSource("Lever")).map(CandidateFormat::name).hasValue("lever");
        assertThat(formats.forSource("workable")).map(CandidateFormat::name).hasValue("workable");
        assertThat(formats.forSource("jsonresume")).map(CandidateFormat::name).hasValue("jsonresume");
        assertThat(formats.forSource("bamboohr")).isEmpty();
        assertThat(formats.forSource(null)).isEmpty();
    }

    @Test
    void picksCanonicalOrJsonResumeByMediaTypeIgnoringParameters() {
        assertThat(formats.forContentType("application/json")).map(CandidateFormat::name).hasValue("canonical");
        assertThat(formats.forContentType("Application/JSON; charset=utf-8")).map(CandidateFormat::name).hasValue("canonical");
        assertThat(formats.forContentType("application/vnd.jsonresume+json")).map(CandidateFormat::name).hasValue("jsonresume");
        assertThat(formats.forContentType("text/plain")).isEmpty();
        assertThat(formats.forContentType(null)).isEmpty();
    }

    @Test
    void theFormatParameterWinsOverTheMediaTypeButOnlyNamesTheApiFormats() {
        assertThat(formats.forContentType("application/json", "jsonresume")).map(CandidateFormat::name).hasValue("jsonresume");
        assertThat(formats.forContentType("application/json", "canonical")).map(CandidateFormat::name).hasValue("canonical");
        assertThat(formats.forContentType("application/json", "greenhouse")).isEmpty();
        assertThat(formats.forContentType("application/json", " ")).map(CandidateFormat::name).hasValue("canonical");
    }

    @Test
    void refusesTwoFormatsOfOneName() {
        CandidateFormat canonical = formats.forSource("canonical").orElseThrow();

        assertThatThrownBy(() -> new CandidateFormats(java.util.List.of(canonical, canonical)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
