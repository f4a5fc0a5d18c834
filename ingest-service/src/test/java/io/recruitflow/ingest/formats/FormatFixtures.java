package io.recruitflow.ingest.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.candidate.CandidateValidator;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.ProfileNormalizer;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Vendor payloads under {@code src/test/resources/formats/<vendor>/}, and the steps the intake runs
 * on an adapter's submission. The fixtures carry canary contact details so tests (here and in log
 * tests) can prove they never get through.
 */
final class FormatFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"), ZoneOffset.UTC);

    static final String CANARY_EMAIL = "canary.grace@example.org";
    static final String CANARY_PHONE = "+1 555 0100 4242";
    /** Every contact detail the fixtures carry, in the spellings they carry them. */
    static final List<String> CONTACT_CANARIES = List.of(CANARY_EMAIL, CANARY_PHONE, "555 0100 4242",
            "grace.work.canary@example.org", "42 Canary Row", "62704", "canary-grace", "workablemail");

    private FormatFixtures() {
    }

    static byte[] fixture(String vendor, String name) {
        String resource = "/formats/" + vendor + "/" + name + ".json";
        try (InputStream in = FormatFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("missing fixture " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture with the object at {@code pointer} (JSON Pointer) changed by {@code change}. */
    static byte[] edited(String vendor, String name, String pointer, Consumer<ObjectNode> change) {
        JsonNode root = JSON.readTree(fixture(vendor, name));
        change.accept((ObjectNode) root.at(pointer));
        return JSON.writeValueAsBytes(root);
    }

    /** What the intake does after reading: validate, then normalise into the published profile. */
    static CandidateProfile validateAndNormalise(CandidateSubmission submission) {
        new CandidateValidator().validate(submission);
        return new ProfileNormalizer(SkillNames.standard(), CLOCK).normalize(submission);
    }

    static CandidateSubmission upsert(AtsEvent event) {
        assertThat(event).isInstanceOf(CandidateUpsert.class);
        return ((CandidateUpsert) event).candidate();
    }

    static void assertNoContactDetails(Object... views) {
        for (Object view : views) {
            String text = String.valueOf(view);
            for (String canary : CONTACT_CANARIES) {
                assertThat(text).as("contact detail in %s", view.getClass().getSimpleName()).doesNotContain(canary);
            }
        }
    }

    static List<Violation> violations(Runnable read) {
        InvalidCandidateException e = catchThrowableOfType(InvalidCandidateException.class, read::run);
        assertThat(e).as("expected an InvalidCandidateException").isNotNull();
        return e.violations();
    }

    static List<String> fields(Runnable read) {
        return violations(read).stream().map(Violation::field).toList();
    }
}
