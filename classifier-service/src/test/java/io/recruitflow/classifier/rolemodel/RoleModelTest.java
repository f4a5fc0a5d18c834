package io.recruitflow.classifier.rolemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleModelTest {

    private static final String VALID_SIGNAL = """
            {"id": "eng.x", "kind": "RESPONSIBILITY", "phrases": ["unit tests"], "skills": [], "weight": 1.0,
             "section": "Backend Engineer Responsibilities"}""";

    private static String model(String engineerSignal) {
        return """
                {"name": "test-roles", "version": 3,
                 "decision": {"saturation": 4.0, "minWords": 10, "minCoreWeight": 2.0, "minRoleScore": 0.4,
                              "hybridMinScore": 0.6, "hybridMaxGap": 0.15, "marginWeight": 0.5},
                 "text": {"ambiguousAliases": ["go"]},
                 "core": [{"id": "core.x", "kind": "SKILL", "phrases": [], "skills": ["java"], "weight": 1.5,
                           "section": "5. Which Language Is Best For Backend Development?"}],
                 "engineer": [%s],
                 "developer": [{"id": "dev.x", "kind": "TITLE", "phrases": ["backend developer"], "weight": 1.5,
                                "section": "What is a Backend Developer?"}]}
                """.formatted(engineerSignal);
    }

    private static RoleModel load(String json) {
        return RoleModel.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void loadsTheStandardModelWithAVersionNamingNameRevisionAndContentHash() {
        RoleModel model = RoleModel.standard();

        assertThat(model.version()).matches("backend-roles@3\\+sha256:[0-9a-f]{12}");
        assertThat(model.engineer()).isNotEmpty();
        assertThat(model.developer()).isNotEmpty();
        assertThat(model.core()).isNotEmpty();
    }

    @Test
    void theVersionHashIsThatOfTheFileBytesAndTheVocabularyItNames() throws Exception {
        java.security.MessageDigest sha256 = java.security.MessageDigest.getInstance("SHA-256");
        for (String resource : java.util.List.of(RoleModel.STANDARD_RESOURCE, Vocabulary.TECHNOLOGIES,
                Vocabulary.TITLES)) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                sha256.update(in.readAllBytes());
            }
        }
        String hex = java.util.HexFormat.of().formatHex(sha256.digest());

        assertThat(RoleModel.standard().version()).isEqualTo("backend-roles@3+sha256:" + hex.substring(0, 12));
    }

    @Test
    void theVersionHashOfAFileThatNamesNoVocabularyIsThatOfItsBytes() throws Exception {
        String json = model(VALID_SIGNAL);
        String hex = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(load(json).version()).isEqualTo("test-roles@3+sha256:" + hex.substring(0, 12));
    }

    /** The shipped file of version 2, frozen: files from before version 3 load, and read text as they did. */
    @Test
    void loadsAVersionTwoFileFromBefore() throws IOException {
        RoleModel before;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("rolemodel/backend-roles-v2.json")) {
            before = RoleModel.load(in);
        }

        assertThat(before.version()).startsWith("backend-roles@2+sha256:").isNotEqualTo(RoleModel.standard().version());
        assertThat(before.reading()).isEqualTo(new Reading(0, false));
        assertThat(before.elsewhere()).isEmpty();
        assertThat(before.spellings().canonical("Spring MVC")).as("no vocabulary").isEqualTo("spring mvc");
        assertThat(before.engineer()).extracting(Signal::id).contains("eng.title.backend-engineer");
    }

    @Test
    void readsTheTextSettingsOfVersionThree() {
        RoleModel model = load(model(VALID_SIGNAL).replace("\"ambiguousAliases\": [\"go\"]",
                "\"ambiguousAliases\": [\"go\"], \"titleInTextFactor\": 0.4, \"readsResumes\": true"));

        assertThat(model.reading()).isEqualTo(new Reading(0.4, true));
    }

    @Test
    void rejectsATextSettingOutOfRangeNamingIt() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL).replace("\"ambiguousAliases\": [\"go\"]",
                        "\"ambiguousAliases\": [\"go\"], \"titleInTextFactor\": 2")))
                .withMessageContaining("titleInTextFactor must be a number in [0, 1]");
    }

    @Test
    void expandsAVocabularyGroupIntoItsSkillsAndItsTitles() {
        RoleModel model = load(model(VALID_SIGNAL.replace("\"skills\": []", "\"vocabulary\": [\"messaging\"]"))
                .replace("\"kind\": \"TITLE\"", "\"kind\": \"TITLE\", \"vocabulary\": [\"backend-developer-title\"]"));

        assertThat(model.engineer().get(0).skills()).contains("kafka", "rabbitmq", "jms");
        assertThat(model.developer().get(0).phrases()).contains("backend developer", "api developer");
        assertThat(model.spellings().canonical("Apache Kafka")).isEqualTo("kafka");
        assertThat(model.version()).as("the version covers the vocabulary").isNotEqualTo(load(model(VALID_SIGNAL)).version());
    }

    @Test
    void rejectsAnUnknownVocabularyGroupNamingTheEntry() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("\"skills\": []", "\"vocabulary\": [\"cobol-tools\"]"))))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("'cobol-tools' is not a technology group");
    }

    @Test
    void rejectsATechnologyGroupOnATitleSignal() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL).replace("\"kind\": \"TITLE\"",
                        "\"kind\": \"TITLE\", \"vocabulary\": [\"database\"]")))
                .withMessageContaining("'database' is not a title group");
    }

    @Test
    void theVersionChangesWithTheContent() {
        RoleModel a = load(model(VALID_SIGNAL));
        RoleModel b = load(model(VALID_SIGNAL.replace("1.0", "1.25")));

        assertThat(a.version()).startsWith("test-roles@3+sha256:");
        assertThat(b.version()).startsWith("test-roles@3+sha256:").isNotEqualTo(a.version());
    }

    @Test
    void loadsAnOverrideFromAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("override.json"), model(VALID_SIGNAL));

        RoleModel model = RoleModel.load(file);

        assertThat(model.name()).isEqualTo("test-roles");
        assertThat(model.revision()).isEqualTo(3);
        assertThat(model.engineer()).containsExactly(new Signal("eng.x", SignalKind.RESPONSIBILITY,
                java.util.List.of("unit tests"), java.util.List.of(), 1.0, "Backend Engineer Responsibilities"));
        assertThat(model.ambiguousAliases()).containsExactly("go");
    }

    @Test
    void rejectsAnUnknownKindNamingTheEntry() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("RESPONSIBILITY", "HOBBY"))))
                .withMessageContaining("engineer[0] 'eng.x'")
                .withMessageContaining("unknown kind 'HOBBY'");
    }

    @Test
    void rejectsAnEmptyPhrase() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("\"unit tests\"", "\" \""))))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("empty phrase");
    }

    @Test
    void rejectsASignalWithNeitherPhrasesNorSkills() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("[\"unit tests\"]", "[]"))))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("phrases are empty");
    }

    @Test
    void rejectsANonPositiveWeight() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("1.0", "0"))))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("weight must be a number > 0");
    }

    @Test
    void rejectsAMissingSection() {
        String withoutSection = VALID_SIGNAL.replace(",\n \"section\": \"Backend Engineer Responsibilities\"", "");

        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(withoutSection)))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("missing section");
    }

    @Test
    void rejectsASkillThatIsNotACanonicalName() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("\"skills\": []", "\"skills\": [\"Node.js\"]"))))
                .withMessageContaining("'eng.x'")
                .withMessageContaining("'Node.js' is not a canonical skill name");
    }

    @Test
    void rejectsDuplicateIds() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL + ", " + VALID_SIGNAL)))
                .withMessageContaining("engineer[1] 'eng.x': duplicate id");
    }

    @Test
    void rejectsAnUnknownPropertyNamingTheEntry() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL.replace("\"weight\"", "\"wieght\": 1, \"weight\""))))
                .withMessageContaining("'eng.x': unknown property 'wieght'");
    }

    @Test
    void rejectsAMissingDecisionThreshold() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load(model(VALID_SIGNAL).replace("\"minCoreWeight\": 2.0, ", "")))
                .withMessageContaining("decision: missing minCoreWeight");
    }

    @Test
    void rejectsInvalidJson() {
        assertThatIllegalStateException()
                .isThrownBy(() -> load("{\"name\": "))
                .withMessageStartingWith("Role model is not valid JSON");
    }
}
