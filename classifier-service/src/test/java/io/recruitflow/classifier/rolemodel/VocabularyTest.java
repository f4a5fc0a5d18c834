package io.recruitflow.classifier.rolemodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.contracts.skills.SkillNames;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary rests on O*NET 29.2 facts: every O*NET technology and title it cites is in the
 * O*NET rows carried in {@code vocabulary/onet/}, every carried row is cited, and the groups mean
 * what they say by O*NET's own occupations. It agrees with ingest's skill names, and the role model
 * uses every group.
 */
class VocabularyTest {

    /** Computer Programmers, Software Developers, Web Developers: where backend work is filed. */
    private static final Set<String> DEVELOPER_OCCUPATIONS = Set.of("15-1251.00", "15-1252.00", "15-1254.00");
    private static final Set<String> ELSEWHERE_GROUPS = Set.of("testing-tool", "analytics-tool", "operations-tool",
            "network-tool", "embedded-tool", "engineering-tool", "business-tool", "office-tool", "design-tool");

    private final Vocabulary vocabulary = Vocabulary.standard();
    private final List<Map<String, String>> onetTechnologies = rows("vocabulary/onet/technology-skills.tsv");
    private final List<Map<String, String>> onetTitles = rows("vocabulary/onet/alternate-titles.tsv");

    @Test
    void everyOnetTechnologyItCitesIsInTheCarriedRowsAndEveryRowIsCited() {
        Set<String> carried = onetTechnologies.stream().map(row -> row.get("Example")).collect(Collectors.toSet());
        Set<String> cited = vocabulary.technologies().stream().flatMap(t -> t.onetExamples().stream())
                .collect(Collectors.toSet());

        assertThat(carried).containsExactlyInAnyOrderElementsOf(cited);
    }

    @Test
    void everyOnetTitleItCitesIsInTheCarriedRowsAndEveryRowIsCited() {
        Set<String> carried = onetTitles.stream()
                .map(row -> row.get("O*NET-SOC Code") + " " + row.get("Alternate Title")).collect(Collectors.toSet());
        Set<String> cited = vocabulary.titles().stream().flatMap(t -> t.onetTitles().stream())
                .collect(Collectors.toSet());

        assertThat(carried).containsExactlyInAnyOrderElementsOf(cited);
    }

    /** A tool of work elsewhere is one O*NET files under some occupation other than software development. */
    @Test
    void toolsOfWorkElsewhereAreListedByOnetForOtherOccupations() {
        Map<String, Set<String>> occupations = new HashMap<>();
        onetTechnologies.forEach(row -> occupations.computeIfAbsent(row.get("Example"), e -> new HashSet<>())
                .addAll(List.of(row.get("O*NET-SOC Codes").split(","))));
        for (Vocabulary.Technology technology : vocabulary.technologies()) {
            if (technology.groups().stream().noneMatch(ELSEWHERE_GROUPS::contains)) {
                continue;
            }
            for (String example : technology.onetExamples()) {
                assertThat(occupations.get(example)).as("%s (%s)", technology.canonical(), example)
                        .isNotEmpty().anyMatch(code -> !DEVELOPER_OCCUPATIONS.contains(code));
            }
        }
    }

    @Test
    void agreesWithIngestsSkillNamesAndNamesEveryTechnologyOnce() {
        Map<String, String> ingest = SkillNames.standard().aliases();
        Set<String> canonical = new HashSet<>();
        for (Vocabulary.Technology technology : vocabulary.technologies()) {
            assertThat(canonical.add(technology.canonical())).as(technology.canonical()).isTrue();
            for (Vocabulary.Spelling spelling : technology.spellings()) {
                String known = ingest.get(SkillNames.fold(spelling.text()));
                assertThat(known == null || known.equals(technology.canonical()))
                        .as("'%s' of %s names %s in skills/aliases.tsv", spelling.text(), technology.canonical(), known)
                        .isTrue();
            }
        }
        // the standard model merges both without a conflict
        assertThat(RoleModel.standard().spellings().canonical("Spring MVC")).isEqualTo("spring");
        assertThat(RoleModel.standard().spellings().canonical("Node.js")).isEqualTo("nodejs");
    }

    @Test
    void theRoleModelUsesEveryGroupAndEveryGroupIsOfOneKind() {
        Set<String> groups = new HashSet<>();
        vocabulary.technologies().forEach(t -> groups.addAll(t.groups()));
        vocabulary.titles().forEach(t -> groups.add(t.group()));
        Set<String> used = new HashSet<>();
        for (String line : resource("rolemodel/backend-roles.json").split("\n")) {
            int at = line.indexOf("\"vocabulary\": [");
            if (at >= 0) {
                for (String group : line.substring(at + 15, line.indexOf(']', at)).split(",")) {
                    used.add(group.strip().replace("\"", ""));
                }
            }
        }
        assertThat(used).containsExactlyInAnyOrderElementsOf(groups);
    }

    @Test
    void titleSpellingsAreWrittenAsNormalisedPhrases() {
        for (Vocabulary.TitleEntry entry : vocabulary.titles()) {
            assertThat(entry.spellings()).allSatisfy(spelling -> assertThat(spelling)
                    .as(entry.group()).isEqualTo(spelling.strip().toLowerCase(java.util.Locale.ROOT))
                    .doesNotContain("-", "  "));
        }
    }

    @Test
    void theReadmeRecordsSourceVersionAndLicence() {
        String readme = resource("vocabulary/README.md");
        assertThat(readme).contains("O\\*NET 29.2", "February 2025", "Creative Commons Attribution 4.0",
                "USDOL/ETA", "Technology Skills", "Alternate Titles");
    }

    private static List<Map<String, String>> rows(String resource) {
        List<String> lines = Stream.of(resource(resource).split("\n")).filter(l -> !l.isBlank()).toList();
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] columns = line.split("\t", -1);
            assertThat(columns).as(line).hasSize(header.length);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], columns[i]);
            }
            rows.add(row);
        }
        return rows;
    }

    private static String resource(String name) {
        try (InputStream in = VocabularyTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
