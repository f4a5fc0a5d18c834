package io.recruitflow.classifier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Resume section headings are recognised in any case, alone on a line or before the line's content. */
class ResumeSectionsProperties {

    private static final GluedWords KNOWN = new GluedWords(Set.of("java", "spring", "developer", "sql", "python"));

    record Written(String heading, ResumeSections.Kind kind, String asWritten) {
    }

    @Property(tries = 3000)
    void aHeadingAloneOnItsLineIsFoundInAnyCase(@ForAll("headings") Written heading,
            @ForAll("decoration") String before, @ForAll("ending") String after) {
        ResumeSections.Heading found = ResumeSections.heading(before + heading.asWritten() + after, KNOWN);

        assertThat(found).as(heading.asWritten()).isNotNull();
        assertThat(found.kind()).isEqualTo(heading.kind());
        assertThat(found.rest()).isEmpty();
    }

    @Property(tries = 3000)
    void aHeadingBeforeTheContentOfItsLineIsFoundInAnyCase(@ForAll("headings") Written heading,
            @ForAll("separator") String separator) {
        ResumeSections.Heading found = ResumeSections.heading(heading.asWritten() + separator + "Java, SQL", KNOWN);

        assertThat(found).as(heading.asWritten() + separator).isNotNull();
        assertThat(found.kind()).isEqualTo(heading.kind());
        assertThat(found.rest()).isEqualTo("Java, SQL");
    }

    @Property(tries = 2000)
    void aHeadingInCapitalsNeedsNoSeparator(@ForAll("headings") Written heading) {
        String line = heading.heading().toUpperCase(Locale.ROOT) + " Java, SQL";

        ResumeSections.Heading found = ResumeSections.heading(line, KNOWN);

        assertThat(found).as(line).isNotNull();
        assertThat(found.kind()).isEqualTo(heading.kind());
        assertThat(found.rest()).isEqualTo("Java, SQL");
    }

    @Example
    void proseThatStartsLikeAHeadingIsNoHeading() {
        for (String line : List.of("Skills in Java and SQL are what I bring", "Experience with Spring Boot",
                "Education matters to me", "Java Developer", "JAVA DEVELOPER", "Projects delivered on time",
                "Summary of the release was shared with the client")) {
            assertThat(ResumeSections.heading(line, KNOWN)).as(line).isNull();
        }
    }

    @Example
    void aJobTitleInCapitalsIsNoHeadingWithALineGluedToIt() {
        for (String line : List.of("SOFTWARE DEVELOPER, Logistics Startup (2017 - 2020)", "PROJECT MANAGER, Acme Builders",
                "CLOUD ENGINEER - Acme", "TECHNOLOGY LEAD, Payments")) {
            assertThat(ResumeSections.heading(line, KNOWN)).as(line).isNull();
        }
        assertThat(ResumeSections.heading("SOFTWARE SAP, Excel, AutoCAD", KNOWN).kind())
                .isEqualTo(ResumeSections.Kind.SKILLS);
    }

    @Example
    void aShortLineInCapitalsThatNamesNoKnownTermIsAHeadingOfProse() {
        assertThat(ResumeSections.heading("ACADEMIC HIGHLIGHTS", KNOWN).kind()).isEqualTo(ResumeSections.Kind.PROSE);
        assertThat(ResumeSections.heading("SPRING PYTHON", KNOWN)).isNull();
    }

    @Provide
    Arbitrary<Written> headings() {
        Arbitrary<Written> plain = Arbitraries.of(
                new Written("technical skills", ResumeSections.Kind.SKILLS, ""),
                new Written("skill details", ResumeSections.Kind.SKILLS, ""),
                new Written("key skills", ResumeSections.Kind.SKILLS, ""),
                new Written("skills", ResumeSections.Kind.SKILLS, ""),
                new Written("core competencies", ResumeSections.Kind.SKILLS, ""),
                new Written("tools and technologies", ResumeSections.Kind.SKILLS, ""),
                new Written("programming languages", ResumeSections.Kind.SKILLS, ""),
                new Written("environment", ResumeSections.Kind.SKILLS_LINE, ""),
                new Written("technologies used", ResumeSections.Kind.SKILLS_LINE, ""),
                new Written("personal details", ResumeSections.Kind.PERSONAL, ""),
                new Written("hobbies", ResumeSections.Kind.PERSONAL, ""),
                new Written("declaration", ResumeSections.Kind.PERSONAL, ""),
                new Written("work experience", ResumeSections.Kind.PROSE, ""),
                new Written("professional summary", ResumeSections.Kind.PROSE, ""),
                new Written("education details", ResumeSections.Kind.PROSE, ""),
                new Written("company details", ResumeSections.Kind.PROSE, ""),
                new Written("academic projects", ResumeSections.Kind.PROSE, ""),
                new Written("certifications", ResumeSections.Kind.PROSE, ""));
        return Combinators.combine(plain, Arbitraries.integers().between(0, 3), Arbitraries.longs())
                .as((heading, casing, seed) -> new Written(heading.heading(), heading.kind(),
                        cased(heading.heading(), casing, seed)));
    }

    @Provide
    Arbitrary<String> decoration() {
        return Arbitraries.of("", "  ", "• ", "## ", "**", "1. ", "\t", "- ", "► ");
    }

    @Provide
    Arbitrary<String> ending() {
        return Arbitraries.of("", ":", " :", "  ", ":-", "**", " -");
    }

    @Provide
    Arbitrary<String> separator() {
        return Arbitraries.of(": ", ":", " : ", " - ", " – ", "\t", " • ", ":- ", " * ", " | ");
    }

    /** Lower case, upper case, title case, or each letter's case at random. */
    private static String cased(String text, int casing, long seed) {
        return switch (casing) {
            case 0 -> text.toLowerCase(Locale.ROOT);
            case 1 -> text.toUpperCase(Locale.ROOT);
            case 2 -> {
                StringBuilder out = new StringBuilder();
                for (String word : text.split(" ")) {
                    out.append(out.isEmpty() ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                            .append(word.substring(1));
                }
                yield out.toString();
            }
            default -> {
                java.util.Random random = new java.util.Random(seed);
                StringBuilder out = new StringBuilder();
                for (char c : text.toCharArray()) {
                    out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
                }
                yield out.toString();
            }
        };
    }
}
