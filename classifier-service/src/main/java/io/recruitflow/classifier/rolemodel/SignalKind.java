package io.recruitflow.classifier.rolemodel;

/** What a role-model signal describes; also the {@code signal} of an evidence entry. */
public enum SignalKind {
    SKILL,
    TITLE,
    RESPONSIBILITY,
    PERSPECTIVE,
    /**
     * A seniority word of a job title ("lead", "junior"): counts in a title field, and in free text
     * only right before or after a title ("Jr. Java Developer", "software engineer intern").
     */
    SENIORITY;

    /** TITLE and SENIORITY signals are about the candidate's job title, and match phrases only. */
    public boolean isTitle() {
        return this == TITLE || this == SENIORITY;
    }
}
