package io.recruitflow.classifier.evaluation;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.scoring.CandidateView;
import io.recruitflow.classifier.scoring.Classification;
import io.recruitflow.classifier.scoring.Classifier;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.CandidateReader;
import io.recruitflow.contracts.candidate.CandidateValidator;
import io.recruitflow.contracts.candidate.ProfileNormalizer;
import io.recruitflow.contracts.skills.SkillNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The labelled evaluation sets and the real path a candidate takes through the pipeline: canonical
 * JSON bytes, the shared intake (read, validate, normalise), then the classifier with the standard
 * role model. Labels are a recruiter's reading of each text against the seed article.
 * {@code evaluation/profiles.jsonl} (splits {@code train} and {@code holdout}) was composed from
 * hand-written building blocks, see {@code evaluation/README.md}; {@code evaluation/resumes/resumes.jsonl}
 * (splits {@code tune} and {@code holdout}) was written text by text, independently of it and of the
 * role model, by the rules of {@code evaluation/resumes/LABELS.md}.
 */
final class EvaluationSet {

    static final String RESOURCE = "evaluation/profiles.jsonl";
    static final String RESUMES = "evaluation/resumes/resumes.jsonl";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One line of the set. {@code candidate} is the canonical JSON exactly as ingest would receive it. */
    record Example(String id, String split, CandidateRole label, String style, String reason, ObjectNode candidate) {
    }

    private final CandidateIntake intake = new CandidateIntake(new CandidateReader(JSON), new CandidateValidator(),
            new ProfileNormalizer(SkillNames.standard(), Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"),
                    ZoneOffset.UTC)));
    private final Classifier classifier = new Classifier(RoleModel.standard());

    /** The profiles set. */
    static List<Example> load() {
        return load(RESOURCE);
    }

    /** The resumes set; an example's {@code style} is its form (pdf-extracted, keyword-list, ...). */
    static List<Example> loadResumes() {
        return load(RESUMES);
    }

    static List<Example> load(String resource) {
        List<Example> examples = new ArrayList<>();
        try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = JSON.readTree(line);
                examples.add(new Example(node.get("id").asString(), node.get("split").asString(),
                        CandidateRole.valueOf(node.get("label").asString()),
                        node.has("style") ? node.get("style").asString()
                                : node.has("form") ? node.get("form").asString() : "",
                        node.get("reason").asString(), (ObjectNode) node.get("candidate")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /** Through the intake, as ingest would publish it. */
    CandidateProfile accept(JsonNode candidate) {
        return intake.accept(JSON.writeValueAsBytes(candidate));
    }

    Classification classify(JsonNode candidate) {
        return classifier.classify(CandidateView.from(accept(candidate)));
    }

    String modelVersion() {
        return classifier.model().version();
    }
}
