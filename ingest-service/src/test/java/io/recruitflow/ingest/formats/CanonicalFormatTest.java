package io.recruitflow.ingest.formats;

import java.util.Map;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateReader;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import org.junit.jupiter.api.Test;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static io.recruitflow.ingest.formats.FormatFixtures.assertNoContactDetails;
import static io.recruitflow.ingest.formats.FormatFixtures.fields;
import static io.recruitflow.ingest.formats.FormatFixtures.fixture;
import static io.recruitflow.ingest.formats.FormatFixtures.upsert;
import static io.recruitflow.ingest.formats.FormatFixtures.validateAndNormalise;
import static org.assertj.core.api.Assertions.assertThat;

class CanonicalFormatTest {

    private final CanonicalFormat format = new CanonicalFormat(new CandidateReader(JSON));

    @Test
    void readsTheCanonicalJsonAsAnUpsert() {
        CandidateSubmission candidate = upsert(format.read(fixture("canonical", "candidate"), Map.of()));

        assertThat(candidate.source()).isEqualTo("inhouse");
        assertThat(candidate.externalId()).isEqualTo("hr-0042");
        assertThat(candidate.eventId()).isEqualTo("inhouse-evt-0001");
        assertThat(candidate.skills()).hasSize(2);
    }

    @Test
    void dropsContactDetailsAndNormalisesIntoAProfile() {
        CandidateSubmission candidate = upsert(format.read(fixture("canonical", "candidate"), Map.of()));
        CandidateProfile profile = validateAndNormalise(candidate);

        assertNoContactDetails(candidate, profile);
        assertThat(profile.getCandidateKey()).isEqualTo("inhouse:hr-0042");
        assertThat(profile.getSkills()).extracting(s -> s.getName()).containsExactly("java", "nodejs");
    }

    @Test
    void illTypedFieldsNameTheirJsonPath() {
        assertThat(fields(() -> format.read("{\"skills\":[{\"name\":[1]}]}".getBytes(), Map.of())))
                .containsExactly("skills[0].name");
        assertThat(fields(() -> format.read("{\"source\":".getBytes(), Map.of()))).containsExactly("$");
    }
}
