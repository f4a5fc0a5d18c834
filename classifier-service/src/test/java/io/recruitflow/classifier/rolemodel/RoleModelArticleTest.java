package io.recruitflow.classifier.rolemodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The role model stays traceable to the seed article: every signal cites one of its sections. */
class RoleModelArticleTest {

    private static final String DIFFERENCES = "Main Differences: ";

    /** Section headings of shared/seed/backend-engineer-vs-developer.txt. */
    static final List<String> ARTICLE_SECTIONS = List.of(
            "What is a Backend Developer?",
            "What Does A Back-end Developer Do?",
            "Backend Developer Skills",
            "Backend Developer Responsibilities",
            "What is a Backend Engineer?",
            "What Does a Back-end Engineer Do?",
            "Backend Engineer Skills",
            "Backend Engineer Responsibilities",
            DIFFERENCES + "1. Project Perspective",
            DIFFERENCES + "2. Skills",
            DIFFERENCES + "3. Who They Answer To",
            "1. What is Back-end Development?",
            "2. What Are Backend Programming Languages?",
            "3. What Skills Are Required For Backend Programming?",
            "4. What Is The Difference Between Frontend And Backend Development?",
            "5. Which Language Is Best For Backend Development?");

    private final RoleModel model = RoleModel.standard();

    @Test
    void everyRoleModelEntryCitesAnArticleSectionThatExists() {
        assertThat(allSignals()).allSatisfy(signal ->
                assertThat(signal.section()).as(signal.id()).isIn(ARTICLE_SECTIONS));
    }

    @Test
    void bothRoleModelsHaveSkillsTitlesResponsibilitiesAndPerspectives() {
        assertThat(model.engineer()).extracting(Signal::kind).contains(SignalKind.values());
        assertThat(model.developer()).extracting(Signal::kind).contains(SignalKind.values());
    }

    @Test
    void coversTheEngineerAndDeveloperSectionsOfTheArticle() {
        assertThat(model.engineer()).extracting(Signal::section).contains("What is a Backend Engineer?",
                "Backend Engineer Skills", "Backend Engineer Responsibilities", DIFFERENCES + "1. Project Perspective",
                DIFFERENCES + "2. Skills", DIFFERENCES + "3. Who They Answer To");
        assertThat(model.developer()).extracting(Signal::section).contains("What is a Backend Developer?",
                "Backend Developer Skills", "Backend Developer Responsibilities",
                DIFFERENCES + "1. Project Perspective", DIFFERENCES + "2. Skills",
                DIFFERENCES + "3. Who They Answer To");
    }

    /** Guards the list above where the article is checked out beside the repository (shared/seed). */
    @Test
    void theSectionListMatchesTheSeedArticleWhereItIsAvailable() throws IOException {
        Path article = Stream.of("../../shared/seed", "../shared/seed")
                .map(dir -> Path.of(dir, "backend-engineer-vs-developer.txt"))
                .filter(Files::isRegularFile)
                .findFirst()
                .orElse(null);
        assumeTrue(article != null, "seed article not checked out beside the repository");

        // the article indents some headings with a non-breaking space, which strip() keeps
        List<String> lines = Files.readAllLines(article).stream()
                .map(line -> line.replaceAll("[\\s\\p{Z}]+", " ").trim())
                .toList();
        assertThat(ARTICLE_SECTIONS).allSatisfy(section ->
                assertThat(lines).contains(section.startsWith(DIFFERENCES)
                        ? section.substring(DIFFERENCES.length()) : section));
    }

    private List<Signal> allSignals() {
        return Stream.of(model.core(), model.engineer(), model.developer(), model.elsewhere())
                .flatMap(List::stream).toList();
    }
}
