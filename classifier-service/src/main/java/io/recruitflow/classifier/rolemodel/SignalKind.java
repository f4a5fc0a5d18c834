package io.recruitflow.classifier.rolemodel;

/** What a role-model signal describes; also the {@code signal} of an evidence entry. */
public enum SignalKind {
    SKILL,
    TITLE,
    RESPONSIBILITY,
    PERSPECTIVE
}
