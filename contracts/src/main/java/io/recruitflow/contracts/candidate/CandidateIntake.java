package io.recruitflow.contracts.candidate;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * A JSON array of up to {@code maxSize} candidates, all or nothing: every bad field of every
     * candidate is named (prefixed with its index, e.g. {@code [2].skills[0].name}) and none is
     * accepted while one is invalid.
     */
    public List<CandidateProfile> acceptBatch(byte[] json, int maxSize) {
        List<CandidateSubmission> submissions = reader.readBatch(json);
        if (submissions.isEmpty() || submissions.size() > maxSize) {
            throw new InvalidCandidateException(List.of(new Violation("$",
                    "must hold between 1 and " + maxSize + " candidates")));
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            String prefix = "[" + i + "]";
            if (submissions.get(i) == null) {
                violations.add(new Violation(prefix, "must be a JSON object"));
                continue;
            }
            try {
                validator.validate(submissions.get(i));
            } catch (InvalidCandidateException e) {
                e.violations().forEach(v -> violations.add(new Violation(prefix + "." + v.field(), v.message())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidCandidateException(violations);
        }
        return submissions.stream().map(normalizer::normalize).toList();
    }

    /** A submission another format was mapped to: validate, normalise. */
    public CandidateProfile accept(CandidateSubmission submission) {
        validator.validate(submission);
        return normalizer.normalize(submission);
    }
}
