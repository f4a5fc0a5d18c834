package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.reading.ResumeReader;

/**
 * A resume's text as the classifier reads it: its header, skill lists and prose ({@link ResumeReader}),
 * each normalised. The common case takes one pass: the whole text is normalised once, noting its
 * lines ({@link TextNormalizer#normalizeResume}), and each line's normalised words are appended to the
 * part it belongs to. A line that cannot start a heading (a small letter in it, its first word no
 * heading's) goes where its section goes without a closer look; only a line that starts with a
 * heading has the rest of it normalised again, and a line with glued words is split and normalised
 * again. Text with encoding damage or ATS-run-in headings is read the general way instead: the reader
 * repairs it and says which lines go where, and each part is normalised from those lines. Both ways
 * give the same normalised parts ({@code ResumeFieldsProperties}). Reused from resume to resume; not
 * thread-safe.
 */
final class ResumeFields {

    private final ResumeReader reader;
    private final NormalizedText whole = new NormalizedText();
    private final NormalizedText rest = new NormalizedText();
    private final ResumeLines lines = new ResumeLines();
    private char[] chars = new char[4096];
    final NormalizedText header = new NormalizedText();
    final NormalizedText skills = new NormalizedText();
    final NormalizedText prose = new NormalizedText();

    ResumeFields(ResumeReader reader) {
        this.reader = reader;
    }

    /**
     * Reads the resume into {@link #header}, {@link #skills} and {@link #prose}.
     *
     * @return whether it was read in one pass
     */
    boolean read(String raw) {
        header.clear();
        skills.clear();
        prose.clear();
        if (readInOnePass(raw)) {
            return true;
        }
        ResumeReader.ReadResume resume = reader.read(raw);
        TextNormalizer.normalize(resume.text(), resume.headerLines(), header);
        TextNormalizer.normalize(resume.text(), resume.skillLines(), skills);
        TextNormalizer.normalize(resume.text(), resume.proseLines(), prose);
        return false;
    }

    private boolean readInOnePass(String raw) {
        if (ResumeReader.withRunInHeadingsOnLines(raw) != raw) {
            return false;
        }
        if (chars.length < raw.length()) {
            chars = new char[Math.max(raw.length(), 2 * chars.length)];
        }
        raw.getChars(0, raw.length(), chars, 0);
        if (!TextNormalizer.normalizeResume(chars, raw.length(), whole, lines)) {
            return false;
        }
        ResumeReader.Lines placing = reader.lines();
        int glued = 0;
        for (int line = 0; line < lines.count(); line++) {
            int from = lines.rawStart(line);
            int to = lines.rawEnd(line);
            boolean splits = false;
            for (; glued < lines.gluedCount() && lines.gluedStart(glued) < to; glued++) {
                splits = splits || reader.splits(chars, lines.gluedStart(glued), lines.gluedEnd(glued));
            }
            if (splits) {
                readSplit(raw.substring(from, to), placing);
                continue;
            }
            int place = -1;
            int letters = lines.firstLettersLength(line);
            if (!lines.hasXp(line) && letters != TextNormalizer.MAY_HEAD && !ResumeReader.mayStartHeading(
                    lines.hasLowerCase(line), lines.firstLettersHash(line), letters)) {
                place = placing.placeWithoutHeading(from);
            }
            if (place < 0) {
                while (from < to && Character.isWhitespace(chars[from])) {
                    from++;
                }
                while (to > from && Character.isWhitespace(chars[to - 1])) {
                    to--;
                }
                if (from == to) {
                    continue;
                }
                place = letters == TextNormalizer.MAY_HEAD ? placing.place(chars, from, to, lines.hasXp(line))
                        : placing.place(chars, from, to, lines.hasXp(line), ResumeReader.mayStartHeading(
                                lines.hasLowerCase(line), lines.firstLettersHash(line), letters));
            }
            NormalizedText part = switch (place) {
                case ResumeReader.Lines.HEADER -> header;
                case ResumeReader.Lines.SKILLS -> skills;
                case ResumeReader.Lines.PROSE -> prose;
                default -> null;
            };
            if (part == null) {
                continue;
            }
            if (placing.contentFrom() == from) {
                part.append(whole, lines.start(line), lines.end(line), lines.runFrom(line), lines.runTo(line));
            } else { // what follows a heading on its line
                TextNormalizer.normalize(raw.substring(placing.contentFrom(), to), rest);
                part.append(rest, 0, rest.length(), 0, rest.runCount());
            }
        }
        return true;
    }

    /** A line with glued words, as the reader reads it: split, then placed, then normalised on its own. */
    private void readSplit(String line, ResumeReader.Lines placing) {
        String split = reader.split(line).strip();
        if (split.isEmpty()) {
            return;
        }
        char[] chars = split.toCharArray();
        NormalizedText part = switch (placing.place(chars, 0, chars.length,
                split.toLowerCase(java.util.Locale.ROOT).contains("xp"))) {
            case ResumeReader.Lines.HEADER -> header;
            case ResumeReader.Lines.SKILLS -> skills;
            case ResumeReader.Lines.PROSE -> prose;
            default -> null;
        };
        if (part != null) {
            TextNormalizer.normalize(split.substring(placing.contentFrom()), rest);
            part.append(rest, 0, rest.length(), 0, rest.runCount());
        }
    }
}
