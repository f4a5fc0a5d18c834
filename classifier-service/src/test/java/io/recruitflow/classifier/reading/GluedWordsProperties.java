package io.recruitflow.classifier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link GluedWords} splits words a flattened layout glued together where known terms come out of them. */
class GluedWordsProperties {

    private static final List<String> TERMS = List.of("spring", "mvc", "hibernate", "jpa", "rest", "api", "azure",
            "web", "java", "python", "django", "oracle", "mysql", "javascript", "html", "css", "sql", "server",
            "kafka", "docker", "developer", "engineer", "senior", "junior", "technical", "skills", "experience",
            "education", "projects", "summary", "powerpoint", "excel", "github", "postgresql", "jquery", "boot", "html5",
            "j2ee");
    private static final GluedWords GLUED = new GluedWords(Set.copyOf(TERMS));

    @Property(tries = 2000)
    void onlySpacesAreAddedAndCaseIsKept(@ForAll("gluedText") String text) {
        assertThat(GLUED.split(text).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Property(tries = 2000)
    void twoKnownTermsGluedInTitleCaseAreSplitApart(@ForAll("term") String first, @ForAll("term") String second) {
        String glued = capitalised(first) + capitalised(second);
        String expected = GLUED.isKnown((first + second).toLowerCase(Locale.ROOT)) ? glued
                : capitalised(first) + " " + capitalised(second);
        assertThat(GLUED.split(glued)).isEqualTo(expected);
    }

    @Property(tries = 2000)
    void knownTermsGluedInCapitalsComeApartIntoKnownTerms(@ForAll("term") String first, @ForAll("term") String second) {
        String glued = (first + second).toUpperCase(Locale.ROOT);
        String split = GLUED.split(glued);
        assertThat(split.replace(" ", "")).isEqualTo(glued);
        assertThat(split.split(" ")).allSatisfy(part -> assertThat(GLUED.isKnown(part.toLowerCase(Locale.ROOT))
                || part.length() == 1 || part.chars().allMatch(Character::isDigit)).as(part).isTrue());
        if (!GLUED.isKnown(glued.toLowerCase(Locale.ROOT))) {
            assertThat(split).contains(" ");
        }
    }

    @Property(tries = 1000)
    void aWordWithNoKnownTermInItStaysWhole(@ForAll("unknownWord") String word) {
        assertThat(GLUED.split(word)).isEqualTo(word);
    }

    @Example
    void splitsWhatLostLineBreaksGlued() {
        assertThat(GLUED.split("TECHNICALSKILLSJava, SpringMVC, RestApi, AzureWeb"))
                .isEqualTo("TECHNICAL SKILLS Java, Spring MVC, Rest Api, Azure Web");
        assertThat(GLUED.split("SpringHibernateJPA MySQLOracle HTMLCSSJavaScript ExcelPowerPoint"))
                .isEqualTo("Spring Hibernate JPA MySQL Oracle HTML CSS JavaScript Excel PowerPoint");
        assertThat(GLUED.split("EXPERIENCESenior Java8 developer; EDUCATIONB.Tech"))
                .isEqualTo("EXPERIENCE Senior Java 8 developer; EDUCATION B.Tech");
    }

    @Example
    void keepsKnownTermsNamesAndOrdinaryWordsWhole() {
        for (String text : List.of("JavaScript GitHub PostgreSQL MySQL jQuery J2EE HTML5", "McDonald iPhone DeShawn "
                + "MacKenzie O'Brien LeBron", "Senior Developer", "INFOSYS BANGALORE", "iOS eBay")) {
            assertThat(GLUED.split(text)).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> term() {
        return Arbitraries.of(TERMS);
    }

    @Provide
    Arbitrary<String> unknownWord() {
        return Arbitraries.strings().withChars("qzwQZW".toCharArray())
                .ofMinLength(1).ofMaxLength(14);
    }

    @Provide
    Arbitrary<String> gluedText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(TERMS).map(GluedWordsProperties::capitalised),
                Arbitraries.of(TERMS).map(t -> t.toUpperCase(Locale.ROOT)), Arbitraries.of(TERMS),
                Arbitraries.strings().withCharRange('A', 'z').ofMaxLength(6), Arbitraries.of(" ", ", ", "\n", "8", "2EE"));
        return piece.list().ofMaxSize(10).map(list -> String.join("", list));
    }

    private static String capitalised(String term) {
        return Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }
}
