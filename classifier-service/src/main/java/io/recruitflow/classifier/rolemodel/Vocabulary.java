package io.recruitflow.classifier.rolemodel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The technologies and job titles a role model can refer to by group (a signal's {@code vocabulary}),
 * read from {@code vocabulary/technologies.tsv} and {@code vocabulary/titles.tsv}: data derived from
 * O*NET's Technology Skills and Alternate Titles, see {@code vocabulary/README.md}. Immutable.
 */
public final class Vocabulary {

    static final String TECHNOLOGIES = "vocabulary/technologies.tsv";
    static final String TITLES = "vocabulary/titles.tsv";

    private static final Vocabulary STANDARD = load(read(TECHNOLOGIES), read(TITLES));

    /**
     * One technology: its canonical name, the groups it belongs to, and its spellings.
     *
     * @param onetExamples the O*NET Technology Skills examples it stands for; empty where O*NET has none
     */
    public record Technology(String canonical, List<String> groups, List<Spelling> spellings,
            List<String> onetExamples) {
    }

    /**
     * A way a technology is written.
     *
     * @param ambiguous an ordinary word or name as well ("spring", "chef"): counts only where skills are listed
     */
    public record Spelling(String text, boolean ambiguous) {
    }

    /**
     * One line of the titles file.
     *
     * @param onetTitles the O*NET alternate titles it comes from, as {@code <O*NET-SOC code> <title>}
     */
    public record TitleEntry(String group, List<String> spellings, List<String> onetTitles) {
    }

    private final List<Technology> technologies;
    private final List<TitleEntry> titles;
    private final Map<String, List<Technology>> technologiesByGroup = new LinkedHashMap<>();
    private final Map<String, List<String>> titlesByGroup = new LinkedHashMap<>();
    private final byte[] content;

    private Vocabulary(List<Technology> technologies, List<TitleEntry> titles, byte[] content) {
        this.technologies = List.copyOf(technologies);
        this.titles = List.copyOf(titles);
        this.content = content;
        for (Technology technology : technologies) {
            for (String group : technology.groups()) {
                technologiesByGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(technology);
            }
        }
        for (TitleEntry entry : titles) {
            titlesByGroup.computeIfAbsent(entry.group(), g -> new ArrayList<>()).addAll(entry.spellings());
        }
        if (technologiesByGroup.keySet().stream().anyMatch(titlesByGroup::containsKey)) {
            throw new IllegalStateException("vocabulary: a group name is used for technologies and titles alike");
        }
    }

    public static Vocabulary standard() {
        return STANDARD;
    }

    public List<Technology> technologies() {
        return technologies;
    }

    public List<TitleEntry> titles() {
        return titles;
    }

    /** The technologies of a technology group, if there is one of that name. */
    public Optional<List<Technology>> technologyGroup(String group) {
        return Optional.ofNullable(technologiesByGroup.get(group)).map(List::copyOf);
    }

    /** The title spellings of a title group, if there is one of that name. */
    public Optional<List<String>> titleGroup(String group) {
        return Optional.ofNullable(titlesByGroup.get(group)).map(List::copyOf);
    }

    /** Both files as read, for the model version: a changed spelling is a new model. */
    byte[] content() {
        return content.clone();
    }

    static Vocabulary load(byte[] technologiesFile, byte[] titlesFile) {
        List<Technology> technologies = new ArrayList<>();
        forEachLine(technologiesFile, TECHNOLOGIES, 4, (where, columns) -> {
            List<Spelling> spellings = new ArrayList<>();
            for (String spelling : split(columns[2], where, "spellings")) {
                boolean ambiguous = spelling.startsWith("~");
                spellings.add(new Spelling(ambiguous ? spelling.substring(1) : spelling, ambiguous));
            }
            technologies.add(new Technology(columns[0], List.of(columns[1].split(",")), spellings,
                    columns[3].equals("-") ? List.of() : split(columns[3], where, "O*NET examples")));
        });
        List<TitleEntry> titles = new ArrayList<>();
        forEachLine(titlesFile, TITLES, 3, (where, columns) -> titles.add(new TitleEntry(columns[0],
                split(columns[1], where, "spellings"),
                columns[2].equals("-") ? List.of() : split(columns[2], where, "O*NET titles"))));
        byte[] content = new byte[technologiesFile.length + titlesFile.length];
        System.arraycopy(technologiesFile, 0, content, 0, technologiesFile.length);
        System.arraycopy(titlesFile, 0, content, technologiesFile.length, titlesFile.length);
        return new Vocabulary(technologies, titles, content);
    }

    private interface LineHandler {
        void accept(String where, String[] columns);
    }

    private static void forEachLine(byte[] file, String name, int columnCount, LineHandler handler) {
        String[] lines = new String(file, StandardCharsets.UTF_8).split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + (i + 1);
            String[] columns = line.split("\t", -1);
            if (columns.length != columnCount) {
                throw new IllegalStateException(where + ": expected " + columnCount + " tab-separated columns, found "
                        + columns.length);
            }
            handler.accept(where, columns);
        }
    }

    private static List<String> split(String column, String where, String what) {
        List<String> values = new ArrayList<>();
        for (String value : column.split("\\|")) {
            if (value.isBlank()) {
                throw new IllegalStateException(where + ": empty entry in " + what);
            }
            values.add(value.strip());
        }
        return values;
    }

    private static byte[] read(String resource) {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing vocabulary resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
