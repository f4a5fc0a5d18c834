package io.recruitflow.classifier.rollout;

/** Told when a new role model version is in force. */
public interface ModelRolloutListener {

    void modelRolledOut();
}
