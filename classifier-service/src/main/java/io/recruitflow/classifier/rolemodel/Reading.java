package io.recruitflow.classifier.rolemodel;

/**
 * How a role model reads free text, from the {@code text} part of its file. A file from before
 * these settings reads text as it always did: titles only in title fields, resume text as one field.
 *
 * @param titleInTextFactor share of a TITLE or SENIORITY signal's weight it counts with when the title
 *                          is written in free text (a resume line, a summary) rather than in a title
 *                          field; 0: titles count only in title fields
 * @param readsResumes      resume text is read as a resume: encoding damage repaired, words glued by
 *                          lost line breaks split, skills sections read as skill lists, personal
 *                          sections left out
 */
public record Reading(double titleInTextFactor, boolean readsResumes) {

    static final Reading BEFORE_VERSION_3 = new Reading(0, false);
}
