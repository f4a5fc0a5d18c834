package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.skills.SkillNames;

/**
 * Which free-form ATS labels (tags, custom-field values) count as skills: those the shared skill
 * vocabulary ({@link SkillNames}) knows, e.g. {@code Ruby} or {@code Node.js}. Other labels
 * ("Import from Previous ATS", "Referral", a salary, a date) are not copied at all, so a label
 * never poses as a skill and no personal custom field leaves ingest.
 */
final class SkillTags {

    private final SkillNames names;

    SkillTags(SkillNames names) {
        this.names = names;
    }

    /** Known skills among {@code labels}, each label also split on commas, as written (the normaliser canonicalises). */
    List<SkillEntry> skills(List<String> labels) {
        Set<String> seen = new LinkedHashSet<>();
        List<SkillEntry> skills = new ArrayList<>();
        for (String label : labels) {
            for (String part : label.split(",")) {
                String candidate = part.trim();
                if (!candidate.isEmpty() && names.known(candidate).isPresent() && seen.add(names.canonical(candidate))) {
                    skills.add(new SkillEntry(candidate, null, List.of()));
                }
            }
        }
        return skills;
    }
}
