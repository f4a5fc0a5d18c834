package io.recruitflow.classifier.rollout;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.recruitflow.classifier.rolemodel.RoleModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rolls out a new role model while the service runs: checks the configured model file, and when
 * its version (name, revision, content hash) changes, puts it in force and tells the listeners
 * (which replay the compacted profiles topic, so every current profile is classified again). A
 * file that does not load keeps the model in force and says why.
 */
public final class RoleModelWatcher {

    private static final Logger log = LoggerFactory.getLogger(RoleModelWatcher.class);

    private final Path file;
    private final CurrentClassifier classifier;
    private final List<Runnable> onRollOut;
    private String lastFailure;

    public RoleModelWatcher(Path file, CurrentClassifier classifier, List<Runnable> onRollOut) {
        this.file = file;
        this.classifier = classifier;
        this.onRollOut = List.copyOf(onRollOut);
    }

    public void check() {
        RoleModel model;
        try {
            model = RoleModel.load(file);
        } catch (RuntimeException e) {
            String failure = Objects.requireNonNullElse(e.getMessage(), e.getClass().getName());
            if (!failure.equals(lastFailure)) {
                log.error("Role model file {} does not load; keeping {}: {}", file, classifier.modelVersion(), failure);
                lastFailure = failure;
            }
            return;
        }
        lastFailure = null;
        String previous = classifier.modelVersion();
        if (classifier.rollOut(model)) {
            log.info("Rolled out role model {} (was {})", model.version(), previous);
            onRollOut.forEach(Runnable::run);
        }
    }
}
