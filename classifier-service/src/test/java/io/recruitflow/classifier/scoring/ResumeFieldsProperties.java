package io.recruitflow.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.classifier.reading.ResumeReader;
import io.recruitflow.classifier.rolemodel.RoleModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link ResumeFields} reads most resumes in one pass; whatever way it takes, its header, skills and
 * prose are the ones the general way gives: the {@link ResumeReader}'s lines, each part normalised
 * from them.
 */
class ResumeFieldsProperties {

    private static final Classifier CLASSIFIER = new Classifier(RoleModel.standard());
    private static final ResumeReader READER = CLASSIFIER.resumeReader();
    private final ResumeFields fields = new ResumeFields(READER);

    @Property(tries = 3000)
    void onePassReadsAsTheGeneralWay(@ForAll("resumeText") String text) {
        boolean onePass = assertReadsAsTheGeneralWay(text);
        Statistics.label("one pass").collect(onePass);
        Statistics.label("one pass").coverage(coverage -> coverage.check(true).percentage(p -> p > 15));
    }

    @Example
    void everyResumeOfTheEvaluationSetsReadsAsTheGeneralWay() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.addAll(resumeTexts("evaluation/profiles.jsonl"));
        texts.addAll(resumeTexts("evaluation/resumes/resumes.jsonl"));
        texts.add(Profiles.onePageResume().getResumeText().toString());
        assertThat(texts).hasSizeGreaterThan(250);
        for (String text : texts) {
            assertReadsAsTheGeneralWay(text);
        }
    }

    /** Whether {@link ResumeFields} read the text in one pass. */
    private boolean assertReadsAsTheGeneralWay(String text) {
        ResumeReader.ReadResume read = READER.read(text);
        boolean onePass = fields.read(text);
        assertSame(fields.header, TextNormalizer.normalize(read.text(), read.headerLines(), new NormalizedText()),
                "header", text);
        assertSame(fields.skills, TextNormalizer.normalize(read.text(), read.skillLines(), new NormalizedText()),
                "skills", text);
        assertSame(fields.prose, TextNormalizer.normalize(read.text(), read.proseLines(), new NormalizedText()),
                "prose", text);
        return onePass;
    }

    private static void assertSame(NormalizedText actual, NormalizedText expected, String part, String text) {
        assertThat(actual.toString()).as("%s of %s", part, text).isEqualTo(expected.toString());
        assertThat(actual.words()).as("words of %s of %s", part, text).isEqualTo(expected.words());
        assertThat(runs(actual)).as("runs of %s of %s", part, text).isEqualTo(runs(expected));
    }

    private static List<List<Integer>> runs(NormalizedText text) {
        List<List<Integer>> runs = new ArrayList<>();
        for (int run = 0; run < text.runCount(); run++) {
            runs.add(List.of(text.runStart(run), text.runEnd(run), text.runHash(run)));
        }
        return runs;
    }

    private static List<String> resumeTexts(String resource) throws IOException {
        List<String> texts = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                ResumeFieldsProperties.class.getClassLoader().getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode resume = json.readTree(line).path("candidate").path("resumeText");
                if (resume.isString()) {
                    texts.add(resume.asString());
                }
            }
        }
        return texts;
    }

    @Provide
    Arbitrary<String> resumeText() {
        Arbitrary<String> heading = Arbitraries.of("SKILLS", "Technical Skills", "technical skills:", "EXPERIENCE",
                "Work Experience -", "Skill Details", "Education Details", "PERSONAL DETAILS", "Hobbies",
                "Environment:", "PROFILE", "ACADEMIC HIGHLIGHTS", "JAVA DEVELOPER", "Languages & Frameworks",
                "Projects /", "SUMMARYFour", "TECHNICALSKILLS");
        Arbitrary<String> plain = Arbitraries.of("Java", "Spring", "SpringMVC", "RestApi", "AzureWeb", "developer",
                "built", "APIs", "with", "the", "team", "MySQL", "JavaScript", "J2EE", "OAuth2", "Java8", "Ünïcödé",
                "straße", "İstanbul", "x", "XP", "xperience", "-", "–", "•", "|", ",", ":", "24", "months", "year",
                "Experience", "Exprience", "C#", ".NET", "Node.js", "SQL Server", "McDonald", "iPhone", "HTMLCSS",
                "\t", "  ", "details", "company", "DETAILS");
        // encoding damage and what NFKC changes: read the general way, so rarer, or few texts would take one pass
        Arbitrary<String> special = Arbitraries.of("ﬁnance", "Ｊａｖａ", "Â®", "â€¢", "Ã©", "e\u0301", "Ã");
        Arbitrary<String> words = Arbitraries.frequencyOf(Tuple.of(60, plain), Tuple.of(1, special));
        Arbitrary<String> line = Arbitraries.oneOf(heading,
                words.list().ofMinSize(1).ofMaxSize(14).map(list -> String.join(" ", list)),
                words.list().ofMinSize(1).ofMaxSize(6).map(list -> String.join("", list)),
                Combinators.combine(words, Arbitraries.integers().between(1, 120))
                        .as((skill, months) -> skill + "- Exprience - " + months + " months"),
                Combinators.combine(heading, words.list().ofMaxSize(5))
                        .as((h, list) -> h + " " + String.join(", ", list)),
                Arbitraries.of("", " ", "Page 2 of 3"));
        Arbitrary<String> lineBreak = Arbitraries.of("\n", "\r\n", "\n\n", "\r", "\u2028");
        return Combinators.combine(line, lineBreak).as((l, b) -> l + b).list().ofMinSize(1).ofMaxSize(30)
                .map(list -> String.join("", list));
    }
}
