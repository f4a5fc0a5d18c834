package io.recruitflow.classifier.scoring;

import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One readable piece of a {@link CandidateView}, normalised, with the path evidence names it by
 * (e.g. {@code work[1].highlights[0]}). {@link #of} lists them in a fixed order, structured data
 * first, which is also the order in which a signal's best match is chosen.
 *
 * @param skill for a {@link Source#SKILL} field its canonical skill name, otherwise empty
 */
record Field(String path, Source source, String text, String skill) {

    private static final Map<String, String> CANONICAL_BY_ALIAS = SkillNames.standard().aliases();

    enum Source {
        /** A structured skill name or keyword: matched by canonical name. */
        SKILL,
        /** A job title: the only place TITLE signals are looked for. */
        TITLE,
        /** Any other free text. */
        TEXT
    }

    static List<Field> of(CandidateView view) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < view.skills().size(); i++) {
            CandidateView.Skill skill = view.skills().get(i);
            add(fields, "skills[" + i + "].name", Source.SKILL, skill.canonical());
            for (int k = 0; k < skill.keywords().size(); k++) {
                add(fields, "skills[" + i + "].keywords[" + k + "]", Source.SKILL, skill.keywords().get(k));
            }
        }
        add(fields, "headline", Source.TITLE, view.headline());
        for (int i = 0; i < view.work().size(); i++) {
            add(fields, "work[" + i + "].position", Source.TITLE, view.work().get(i).position());
        }
        add(fields, "summary", Source.TEXT, view.summary());
        for (int i = 0; i < view.work().size(); i++) {
            CandidateView.Work work = view.work().get(i);
            add(fields, "work[" + i + "].summary", Source.TEXT, work.summary());
            for (int h = 0; h < work.highlights().size(); h++) {
                add(fields, "work[" + i + "].highlights[" + h + "]", Source.TEXT, work.highlights().get(h));
            }
        }
        for (int i = 0; i < view.educationAreas().size(); i++) {
            add(fields, "education[" + i + "].area", Source.TEXT, view.educationAreas().get(i));
        }
        add(fields, "resumeText", Source.TEXT, view.resumeText());
        return fields;
    }

    private static void add(List<Field> fields, String path, Source source, String raw) {
        String text = TextNormalizer.normalize(raw);
        if (!text.isEmpty()) {
            String skill = source == Source.SKILL ? canonical(text) : "";
            fields.add(new Field(path, source, text, skill));
        }
    }

    /**
     * {@link SkillNames#canonical} of normalised text. Normalised ASCII text is already folded (NFKC
     * leaves ASCII alone; it is lower case, trimmed, with single spaces), so its alias is looked up
     * directly instead of folding it again.
     */
    private static String canonical(String normalized) {
        for (int i = 0; i < normalized.length(); i++) {
            if (normalized.charAt(i) >= 0x80) {
                return SkillNames.standard().canonical(normalized);
            }
        }
        return CANONICAL_BY_ALIAS.getOrDefault(normalized, normalized);
    }
}
