package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;

/**
 * One piece of evidence: a role-model signal that matched the profile.
 *
 * @param role           {@code BACKEND_ENGINEER} or {@code BACKEND_DEVELOPER} for a role signal;
 *                       {@code HYBRID} for a backend-core signal, which belongs to both role models
 * @param signal         the signal's kind: SKILL, TITLE, RESPONSIBILITY or PERSPECTIVE
 * @param field          where it matched, e.g. {@code skills[2].name} or {@code work[1].highlights[0]}
 * @param matchedText    the matched text as normalised (lower case), or the canonical skill name
 * @param weight         the signal's weight in the role model
 * @param articleSection the section of the seed article the signal is derived from
 */
public record Match(CandidateRole role, String signal, String field, String matchedText, double weight,
        String articleSection) {
}
