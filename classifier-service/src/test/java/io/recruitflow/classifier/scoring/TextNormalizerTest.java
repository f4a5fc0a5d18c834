package io.recruitflow.classifier.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void repairsBrokenBulletsAndStripsBulletsDashesAndNonBreakingSpaces() {
        assertThat(TextNormalizer.normalize("â€¢ Built\u00a0APIs\n▪ Owned BACK-END\tâ€“ 24 months * done"))
                .isEqualTo("built apis owned back end 24 months done");
    }

    @Test
    void foldsFullWidthLettersCurlyQuotesAndCase() {
        assertThat(TextNormalizer.normalize("ＪＡＶＡ team’s Ｃ#")).isEqualTo("java team's c#");
    }

    @Test
    void countsWords() {
        assertThat(TextNormalizer.wordCount(TextNormalizer.normalize("Node.js, C# and  SQL"))).isEqualTo(5);
    }

    @Test
    void matchesPhrasesOnWordBoundariesWithTrailingWildcards() {
        var optimise = CompiledSignal.phrasePattern("optimi* servers");

        assertThat(optimise.matcher("optimised servers daily").find()).isTrue();
        assertThat(optimise.matcher("optimizing servers").find()).isTrue();
        assertThat(optimise.matcher("reoptimized servers").find()).isFalse();
        assertThat(CompiledSignal.phrasePattern("api").matcher("rapid apis").find()).isFalse();
        assertThat(CompiledSignal.phrasePattern("c++").matcher("wrote c++.").find()).isTrue();
    }
}
