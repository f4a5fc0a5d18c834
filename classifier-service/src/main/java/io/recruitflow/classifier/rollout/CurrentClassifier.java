package io.recruitflow.classifier.rollout;

import java.util.concurrent.atomic.AtomicReference;

import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.scoring.CandidateView;
import io.recruitflow.classifier.scoring.Classification;
import io.recruitflow.classifier.scoring.Classifier;

/**
 * The classifier for the role model in force. A new model version replaces it atomically: a
 * classification runs wholly on one version, and names it.
 */
public final class CurrentClassifier {

    private final AtomicReference<Classifier> current;

    public CurrentClassifier(RoleModel model) {
        this.current = new AtomicReference<>(new Classifier(model));
    }

    public Classification classify(CandidateView view) {
        return current.get().classify(view);
    }

    public String modelVersion() {
        return current.get().model().version();
    }

    /** @return whether the model's version differs from the one in force (and so replaced it) */
    boolean rollOut(RoleModel model) {
        if (current.get().model().version().equals(model.version())) {
            return false; // the usual answer of a check: no classifier is compiled for it
        }
        Classifier next = new Classifier(model);
        Classifier previous = current.getAndUpdate(old -> old.model().version().equals(model.version()) ? old : next);
        return !previous.model().version().equals(model.version());
    }
}
