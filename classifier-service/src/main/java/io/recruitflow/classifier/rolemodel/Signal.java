package io.recruitflow.classifier.rolemodel;

import java.util.List;

/**
 * One point of the seed article turned into something a profile can match: free-text phrases and/or
 * canonical skill names (see {@code SkillNames}), worth {@code weight} when present, and the article
 * section it comes from so every piece of evidence can be traced back to the text.
 *
 * <p>Phrases are written in normalised form (lower case, single spaces, dashes as spaces); a word
 * ending in {@code *} matches any continuation of that word.
 */
public record Signal(String id, SignalKind kind, List<String> phrases, List<String> skills, double weight,
        String section) {

    public Signal {
        phrases = phrases.stream().distinct().toList();
        skills = skills.stream().distinct().toList();
    }
}
