package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.rolemodel.Spellings;
import java.util.ArrayList;
import java.util.List;

/**
 * One readable piece of a {@link CandidateView} as written, with the path evidence names it by
 * (e.g. {@code work[1].highlights[0]}). {@link #of} lists them in a fixed order, structured data
 * first, which is also the order in which a signal's best match is chosen. The classifier
 * normalises each in turn ({@link TextNormalizer#normalize(String, NormalizedText)}).
 *
 * <p>A model that reads resumes ({@link io.recruitflow.classifier.rolemodel.Reading#readsResumes()})
 * has the resume text read by a {@link ResumeReader}: its header (name and current title) is a title
 * field among the others ({@code resumeText.header}), its skill lists become one field
 * ({@code resumeText.skills}, {@link Source#SKILL_LIST}) before its prose ({@code resumeText}).
 *
 * @param raw        the text as written, never null ("" for a part of a resume)
 * @param normalized null, or the text already normalised (a part of a resume, {@link ResumeFields})
 */
record Field(String path, Source source, String raw, NormalizedText normalized) {

    static final String RESUME_HEADER = "resumeText.header";
    static final String RESUME_SKILLS = "resumeText.skills";

    // Paths of the usual positions, made once: a profile has dozens of fields, each needs its path.
    private static final PathFormat SKILL_NAME = new PathFormat("skills[", "].name", "", 32, 1);
    private static final PathFormat SKILL_KEYWORD = new PathFormat("skills[", "].keywords[", "]", 32, 8);
    private static final PathFormat POSITION = new PathFormat("work[", "].position", "", 16, 1);
    private static final PathFormat WORK_SUMMARY = new PathFormat("work[", "].summary", "", 16, 1);
    private static final PathFormat HIGHLIGHT = new PathFormat("work[", "].highlights[", "]", 16, 16);
    private static final PathFormat EDUCATION_AREA = new PathFormat("education[", "].area", "", 8, 1);

    enum Source {
        /** A structured skill name or keyword: matched by canonical name. */
        SKILL,
        /** A job title: TITLE and SENIORITY signals count there with their whole weight. */
        TITLE,
        /**
         * The skills sections of a resume: free text in which every spelling of a skill counts, even
         * one that is an ordinary word elsewhere ("Spring", "Go"); no titles are looked for there.
         */
        SKILL_LIST,
        /** Any other free text: titles count there with a share of their weight, if the model says so. */
        TEXT
    }

    /** The fields of a view, its resume text as one field. */
    static List<Field> of(CandidateView view) {
        return of(view, null);
    }

    /** The fields of a view, its resume text read by {@code resume} if there is one. */
    static List<Field> of(CandidateView view, ResumeFields resume) {
        List<Field> fields = new ArrayList<>(maxCount(view));
        for (int i = 0; i < view.skills().size(); i++) {
            CandidateView.Skill skill = view.skills().get(i);
            add(fields, path(SKILL_NAME, i, 0), Source.SKILL, skill.canonical());
            for (int k = 0; k < skill.keywords().size(); k++) {
                add(fields, path(SKILL_KEYWORD, i, k), Source.SKILL, skill.keywords().get(k));
            }
        }
        add(fields, "headline", Source.TITLE, view.headline());
        for (int i = 0; i < view.work().size(); i++) {
            add(fields, path(POSITION, i, 0), Source.TITLE, view.work().get(i).position());
        }
        boolean readsResume = resume != null && !view.resumeText().isEmpty();
        if (readsResume) {
            resume.read(view.resumeText());
            addNormalized(fields, RESUME_HEADER, Source.TITLE, resume.header);
        }
        add(fields, "summary", Source.TEXT, view.summary());
        for (int i = 0; i < view.work().size(); i++) {
            CandidateView.Work work = view.work().get(i);
            add(fields, path(WORK_SUMMARY, i, 0), Source.TEXT, work.summary());
            for (int h = 0; h < work.highlights().size(); h++) {
                add(fields, path(HIGHLIGHT, i, h), Source.TEXT, work.highlights().get(h));
            }
        }
        for (int i = 0; i < view.educationAreas().size(); i++) {
            add(fields, path(EDUCATION_AREA, i, 0), Source.TEXT, view.educationAreas().get(i));
        }
        if (readsResume) {
            addNormalized(fields, RESUME_SKILLS, Source.SKILL_LIST, resume.skills);
            addNormalized(fields, "resumeText", Source.TEXT, resume.prose);
        } else {
            add(fields, "resumeText", Source.TEXT, view.resumeText());
        }
        return fields;
    }

    /** The number of fields if none is empty: a profile has dozens, so the list is sized once. */
    private static int maxCount(CandidateView view) {
        int count = 3 + view.skills().size() + 2 * view.work().size() + view.educationAreas().size();
        for (CandidateView.Skill skill : view.skills()) {
            count += skill.keywords().size();
        }
        for (CandidateView.Work work : view.work()) {
            count += work.highlights().size();
        }
        return count;
    }

    private static void add(List<Field> fields, String path, Source source, String raw) {
        if (!raw.isEmpty()) {
            fields.add(new Field(path, source, raw, null));
        }
    }

    private static void addNormalized(List<Field> fields, String path, Source source, NormalizedText text) {
        if (text.length() > 0) {
            fields.add(new Field(path, source, "", text));
        }
    }

    /** The field's normalised text: {@code buffer} with the raw text normalised into it, or the one it has. */
    NormalizedText normalizeInto(NormalizedText buffer) {
        return normalized != null ? normalized : TextNormalizer.normalize(raw, buffer);
    }

    private static String path(PathFormat format, int i, int k) {
        return i < format.cached.length && k < format.cached[i].length ? format.cached[i][k] : format.format(i, k);
    }

    /** {@code before + i + middle [+ k + after]}, precomputed for small {@code i} and {@code k}. */
    private record PathFormat(String before, String middle, String after, String[][] cached) {

        PathFormat(String before, String middle, String after, int maxI, int maxK) {
            this(before, middle, after, new String[maxI][maxK]);
            for (int i = 0; i < maxI; i++) {
                for (int k = 0; k < maxK; k++) {
                    cached[i][k] = format(i, k);
                }
            }
        }

        String format(int i, int k) {
            return after.isEmpty() ? before + i + middle : before + i + middle + k + after;
        }
    }

    /**
     * The canonical skill name of a {@link Source#SKILL} field, from its normalised text: its
     * {@link Spellings#canonical}. Normalised ASCII text is already folded (NFKC leaves ASCII alone;
     * it is lower case, trimmed, with single spaces), so its spelling is looked up directly instead of
     * folding it again.
     */
    static String skill(NormalizedText text, Spellings spellings) {
        String normalized = text.toString();
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) >= 0x80) {
                return spellings.canonical(normalized);
            }
        }
        return spellings.canonicalBySpelling().getOrDefault(normalized, normalized);
    }
}
