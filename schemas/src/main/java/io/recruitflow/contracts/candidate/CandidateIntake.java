package io.recruitflow.contracts.candidate;

import java.time.Clock;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.json.JsonMapper;

/**
 * From the bytes an ATS sent to the {@code CandidateProfile} the pipeline publishes: read, validate,
 * normalise. The HTTP endpoint and the raw Kafka topic share it, so both accept and refuse alike.
 */
public final class CandidateIntake {

    private final CandidateReader reader;
    private final CandidateValidator validator;
    private final ProfileNormalizer normalizer;

    public CandidateIntake(CandidateReader reader, CandidateValidator validator, ProfileNormalizer normalizer) {
        this.reader = reader;
        this.validator = validator;
        this.normalizer = normalizer;
    }

    /** The intake with the standard skill names, stamping receipt times from {@code clock}. */
    public static CandidateIntake standard(JsonMapper json, Clock clock) {
        return new CandidateIntake(new CandidateReader(json), new CandidateValidator(),
                new ProfileNormalizer(SkillNames.standard(), clock));
    }

    /** @throws InvalidCandidateException naming every bad field */
    public CandidateProfile accept(byte[] json) {
        return accept(reader.read(json));
    }

    /** A submission another format was mapped to: validate, normalise. */
    public CandidateProfile accept(CandidateSubmission submission) {
        validator.validate(submission);
        return normalizer.normalize(submission);
    }
}
