package io.recruitflow.contracts.skills;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkillNamesTest {

    private final SkillNames names = SkillNames.standard();

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {
            "Node.js -> nodejs", "NodeJS -> nodejs", "  node  -> nodejs",
            "ES6 -> es2015+", "ES2015+ -> es2015+",
            "C# -> csharp", ".NET -> dotnet", "ReactJS -> react", "React -> react",
            "PostgreSQL -> postgresql", "Postgres -> postgresql", "K8s -> kubernetes"})
    void mapsKnownSpellingsToOneCanonicalName(String written, String canonical) {
        assertThat(names.canonical(written)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = "->", value = {"Event   Sourcing -> event sourcing", "ＳＱＬ -> sql"})
    void foldsUnknownSkillsToLowerCaseSingleSpacedText(String written, String canonical) {
        assertThat(names.canonical(written)).isEqualTo(canonical);
    }
}
