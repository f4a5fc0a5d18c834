package io.recruitflow.classifier.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.recruitflow.classifier.rolemodel.RoleModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoleModelWatcherTest {

    @TempDir
    Path dir;

    private final AtomicInteger rollOuts = new AtomicInteger();

    @Test
    void rollsOutANewVersionOfTheFileAndTellsTheListeners() throws IOException {
        Path file = write(standardModel());
        CurrentClassifier classifier = new CurrentClassifier(RoleModel.load(file));
        RoleModelWatcher watcher = new RoleModelWatcher(file, classifier, List.of(rollOuts::incrementAndGet));
        String before = classifier.modelVersion();

        Files.writeString(file, standardModel().replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": 77"));
        watcher.check();

        assertThat(classifier.modelVersion()).startsWith("backend-roles@77+sha256:").isNotEqualTo(before);
        assertThat(rollOuts).hasValue(1);
    }

    @Test
    void doesNothingWhileTheFileIsUnchanged() throws IOException {
        Path file = write(standardModel());
        CurrentClassifier classifier = new CurrentClassifier(RoleModel.load(file));
        RoleModelWatcher watcher = new RoleModelWatcher(file, classifier, List.of(rollOuts::incrementAndGet));

        watcher.check();
        watcher.check();

        assertThat(rollOuts).hasValue(0);
    }

    @Test
    void keepsTheModelInForceWhenTheNewFileIsBroken() throws IOException {
        Path file = write(standardModel());
        CurrentClassifier classifier = new CurrentClassifier(RoleModel.load(file));
        RoleModelWatcher watcher = new RoleModelWatcher(file, classifier, List.of(rollOuts::incrementAndGet));
        String before = classifier.modelVersion();

        Files.writeString(file, "{\"name\": \"backend-roles\", \"version\": 2, ");
        watcher.check();

        assertThat(classifier.modelVersion()).isEqualTo(before);
        assertThat(rollOuts).hasValue(0);
    }

    private Path write(String content) throws IOException {
        return Files.writeString(dir.resolve("model.json"), content);
    }

    static String standardModel() throws IOException {
        try (InputStream in = RoleModel.class.getClassLoader().getResourceAsStream("rolemodel/backend-roles.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
