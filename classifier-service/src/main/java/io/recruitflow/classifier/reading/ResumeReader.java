package io.recruitflow.classifier.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads resume text as resumes arrive: encoding damage repaired ({@link Mojibake}), words glued by
 * lost line breaks split ({@link GluedWords}), and the text cut into what its sections hold
 * ({@link ResumeSections}): the lines of skills sections, "Skill - Experience - 24 months" lines and
 * a project's "Environment:" line are skill lists; personal details, hobbies, references and
 * declarations are left out; headings themselves are not text; everything else is prose, in order.
 * Thread-safe and framework-free.
 */
public final class ResumeReader {

    /** What a resume's text holds, each part with its lines in order (joined by line breaks). */
    public record ReadResume(String prose, String skills) {
    }

    /** ATS exports run sections into one line; these headings are a line of their own wherever they stand. */
    private static final Pattern RUN_IN_HEADINGS = Pattern.compile(
            "(?i)[ \\t]*(?<![\\p{L}\\p{N}])((?:skill|education|company|personal|project) details)(?![\\p{L}\\p{N}])[ \\t]*:?");
    /** A line in a skills section this long, with no list separator in it, is a sentence: prose. */
    private static final int SENTENCE_WORDS = 7;
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\n\\r\\u2028\\u2029\\u000B\\u000C]");

    private final GluedWords glued;

    /** @param knownTerms the role model's terms (lower-case words), for telling glued words apart */
    public ResumeReader(Set<String> knownTerms) {
        this.glued = new GluedWords(knownTerms);
    }

    public ReadResume read(String text) {
        if (text == null || text.isBlank()) {
            return new ReadResume("", "");
        }
        String repaired = glued.split(Mojibake.repair(text));
        if (mayHaveRunInHeadings(repaired)) {
            repaired = RUN_IN_HEADINGS.matcher(repaired).replaceAll("\n$1\n");
        }
        StringBuilder prose = new StringBuilder(repaired.length());
        StringBuilder skills = new StringBuilder();
        ResumeSections.Kind section = ResumeSections.Kind.PROSE;
        for (String line : LINE_BREAK.split(repaired)) {
            if (line.isBlank()) {
                continue;
            }
            ResumeSections.Heading heading = ResumeSections.heading(line, glued);
            String content = line;
            ResumeSections.Kind kind = section;
            if (heading != null) {
                content = heading.rest();
                if (heading.kind() == ResumeSections.Kind.SKILLS_LINE) {
                    kind = ResumeSections.Kind.SKILLS;
                } else {
                    section = heading.kind();
                    kind = section;
                }
                if (content.isBlank()) {
                    continue;
                }
            }
            if (isSkillWithDuration(content)) {
                kind = kind == ResumeSections.Kind.PERSONAL ? kind : ResumeSections.Kind.SKILLS;
            } else if (kind == ResumeSections.Kind.SKILLS && heading == null && isSentence(content)) {
                kind = ResumeSections.Kind.PROSE;
            }
            switch (kind) {
                case SKILLS, SKILLS_LINE -> append(skills, content);
                case PROSE -> append(prose, content);
                case PERSONAL -> { } // never read
            }
        }
        return new ReadResume(prose.toString(), skills.toString());
    }

    private static boolean mayHaveRunInHeadings(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains(" details");
    }

    /** "Java - Experience - 24 months", "Oracle- Exprience - Less than 1 year months". */
    static boolean isSkillWithDuration(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        int experience = Math.max(lower.indexOf("xperience"), Math.max(lower.indexOf("xprience"),
                lower.indexOf("xperiance")));
        if (experience < 2 || !(lower.contains("month") || lower.contains("year"))) {
            return false;
        }
        int dash = lower.lastIndexOf('-', experience);
        return dash > 0 && lower.substring(0, dash).chars().anyMatch(Character::isLetter);
    }

    /** Seven words or more and no comma, semicolon, pipe, slash or bullet between them. */
    static boolean isSentence(String line) {
        String text = line.strip();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && (c == ',' || c == ';' || c == '|' || c == '/' || c == '•' || c == '·' || c == '*')) {
                return false;
            }
            boolean letter = Character.isLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= SENTENCE_WORDS;
    }

    private static void append(StringBuilder out, String line) {
        if (!out.isEmpty()) {
            out.append('\n');
        }
        out.append(line.strip());
    }
}
