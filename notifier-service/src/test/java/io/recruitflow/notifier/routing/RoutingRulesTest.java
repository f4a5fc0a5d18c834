package io.recruitflow.notifier.routing;

import io.recruitflow.avro.SourcingPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class RoutingRulesTest {

    /** A phrase from each platform's paragraph, to prove the copied article text is the right one. */
    private static final Map<SourcingPlatform, String> KEY_PHRASES = Map.of(
            SourcingPlatform.DISTANTJOB, "top remote recruitment agency",
            SourcingPlatform.UPWORK, "freelance talent community where you can find people from a wide array of categories",
            SourcingPlatform.TOPTAL, "freelance talent community more geared to tech and project management",
            SourcingPlatform.DEVTEAM_SPACE, "Powered by an AI Agile process",
            SourcingPlatform.HIRED, "giving them a platform to host their profile");

    private static final Map<String, SourcingPlatform> ARTICLE_NAMES = Map.of(
            "DistantJob", SourcingPlatform.DISTANTJOB,
            "Upwork", SourcingPlatform.UPWORK,
            "Toptal", SourcingPlatform.TOPTAL,
            "DevTeam.Space", SourcingPlatform.DEVTEAM_SPACE,
            "Hired", SourcingPlatform.HIRED);

    @Test
    void standardRulesHaveOneEntryPerPlatformInEnumOrder() {
        assertThat(RoutingRules.standard().platforms()).extracting(PlatformRules::platform)
                .containsExactly(SourcingPlatform.values());
    }

    @Test
    void versionNamesTheFileAndItsContentHash() throws Exception {
        String hash = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(RulesFixtures.standardBytes())).substring(0, 12);

        assertThat(RoutingRules.standard().version()).isEqualTo("routing-rules@1+sha256:" + hash);
    }

    @Test
    void everyRuleCitesThePlatformsArticlePassage() throws IOException {
        Map<SourcingPlatform, String> paragraphs = articleParagraphs();
        assertThat(paragraphs).containsOnlyKeys(SourcingPlatform.values());
        KEY_PHRASES.forEach((platform, phrase) -> assertThat(paragraphs.get(platform)).contains(phrase));

        for (PlatformRules platform : RoutingRules.standard().platforms()) {
            String paragraph = paragraphs.get(platform.platform());
            assertThat(paragraph).as("%s citation", platform.platform()).contains(platform.citation());
            for (Rule rule : platform.rules()) {
                assertThat(paragraph).as("%s rule '%s' citation", platform.platform(), rule.id())
                        .contains(rule.citation());
            }
        }
    }

    @Test
    void loadsAnOverrideFileFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rules.json");
        Files.writeString(file, RulesFixtures.standardJson()
                .replace("\"version\": 1,", "\"version\": 2,")
                .replace("\"confidenceThreshold\": 0.6,", "\"confidenceThreshold\": 0.75,"));

        RoutingRules rules = RoutingRules.load(file);

        assertThat(rules.version()).startsWith("routing-rules@2+sha256:");
        assertThat(rules.defaultReviewThreshold()).isEqualTo(0.75);
    }

    @Test
    void hashChangesWithTheFileContent() {
        RoutingRules reformatted = load(RulesFixtures.standardJson().replace("\"version\": 1,", "\"version\":  1,"));

        assertThat(reformatted.version()).startsWith("routing-rules@1+sha256:")
                .isNotEqualTo(RoutingRules.standard().version());
    }

    @Test
    void rejectsRulesThatLeaveAPlatformOut() {
        String json = RulesFixtures.standardJson();
        int hiredEntry = json.indexOf(",\n    {\n      \"platform\": \"HIRED\"");
        int endOfPlatforms = json.lastIndexOf("\n  ]");
        assertThat(hiredEntry).isPositive().isLessThan(endOfPlatforms);

        assertThatThrownBy(() -> load(json.substring(0, hiredEntry) + json.substring(endOfPlatforms)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no entry for platform(s) [HIRED]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFiles")
    void rejectsAnInvalidRulesFileNamingTheProblem(String problem, String from, String to, String expectedMessage) {
        String json = RulesFixtures.standardJson();
        assertThat(json).as("fixture fragment for '%s'", problem).contains(from);

        assertThatThrownBy(() -> load(json.replace(from, to)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(expectedMessage);
    }

    static Stream<Arguments> invalidFiles() {
        return Stream.of(
                arguments("unknown platform", "\"platform\": \"UPWORK\"", "\"platform\": \"FIVERR\"",
                        "platforms[1].platform: unknown SourcingPlatform 'FIVERR'"),
                arguments("platform listed twice", "\"platform\": \"UPWORK\"", "\"platform\": \"DISTANTJOB\"",
                        "platform DISTANTJOB is listed more than once"),
                arguments("unknown role", "\"roles\": [\"HYBRID\"]", "\"roles\": [\"FRONTEND\"]",
                        "platform DEVTEAM_SPACE rule 'hybrid-profile' roles: unknown CandidateRole 'FRONTEND'"),
                arguments("unknown engagement type", "\"engagementTypes\": [\"TEAM_PROJECT\"]",
                        "\"engagementTypes\": [\"GIG\"]",
                        "platform DEVTEAM_SPACE rule 'team-project' engagementTypes: unknown EngagementType 'GIG'"),
                arguments("unknown workplace", "\"workplace\": [\"REMOTE\"]", "\"workplace\": [\"MOON\"]",
                        "platform DISTANTJOB rule 'remote' workplace: unknown WorkplaceType 'MOON'"),
                arguments("missing reason",
                        "\"reason\": \"Wants remote work, and DistantJob is a remote recruitment agency\",", "",
                        "platform DISTANTJOB rule 'remote' reason is missing or blank"),
                arguments("blank citation", "\"citation\": \"Powered by an AI Agile process\"", "\"citation\": \" \"",
                        "platform DEVTEAM_SPACE rule 'team-project' citation is missing or blank"),
                arguments("rule without conditions", "\"when\": { \"roles\": [\"HYBRID\"] }", "\"when\": {}",
                        "platform DEVTEAM_SPACE rule 'hybrid-profile' has no conditions"),
                arguments("inverted seniority band", "\"minYears\": 5,", "\"minYears\": 5, \"maxYears\": 2,",
                        "platform DISTANTJOB rule 'senior' seniority minYears 5.0 is greater than maxYears 2.0"),
                arguments("duplicate rule id", "\"id\": \"on-site\"", "\"id\": \"remote\"",
                        "platform DISTANTJOB has more than one rule 'remote'"),
                arguments("base score out of range", "\"baseScore\": 0.35,\n      \"description\": \"Community",
                        "\"baseScore\": 1.35,\n      \"description\": \"Community",
                        "platform DEVTEAM_SPACE baseScore must be a number in [0, 1]"),
                arguments("threshold out of range", "\"confidenceThreshold\": 0.6", "\"confidenceThreshold\": 6",
                        "review.confidenceThreshold must be a number in [0, 1]"),
                arguments("unknown always-review role", "\"alwaysReviewRoles\": [\"INSUFFICIENT_DATA\", \"NOT_BACKEND\"]",
                        "\"alwaysReviewRoles\": [\"INSUFFICIENT_DATA\", \"NOBODY\"]",
                        "review.alwaysReviewRoles: unknown CandidateRole 'NOBODY'"),
                arguments("role without a queue", "\"HYBRID\": \"backend-hybrid\"", "\"NOT_BACKEND\": \"other\"",
                        "review.roleQueues has no queue for role HYBRID"),
                arguments("misspelt key", "\"preferencesStated\"", "\"preferenceStated\"",
                        "not a valid rules document"),
                arguments("not JSON", "\"name\": \"routing-rules\",", "\"name\": routing-rules,",
                        "not a valid rules document"),
                arguments("no version", "\"version\": 1,", "",
                        "version must be a positive integer"));
    }

    private static RoutingRules load(String json) {
        return RoutingRules.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<SourcingPlatform, String> articleParagraphs() throws IOException {
        Pattern line = Pattern.compile("^\\s*\\d\\. (DistantJob|Upwork|Toptal|DevTeam\\.Space|Hired): (.+)$",
                Pattern.MULTILINE);
        String text;
        try (InputStream in = RoutingRulesTest.class.getResourceAsStream("/routing/article-platforms.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<SourcingPlatform, String> paragraphs = new EnumMap<>(SourcingPlatform.class);
        Matcher matcher = line.matcher(text);
        while (matcher.find()) {
            paragraphs.put(ARTICLE_NAMES.get(matcher.group(1)), matcher.group(2));
        }
        return paragraphs;
    }
}
