package io.recruitflow.harness.faults;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How large a run of the fault suite is.
 *
 * @param candidates candidates per scenario
 * @param faults     how often each fault is injected per scenario (1 in short mode)
 * @param window     candidates in flight at once
 * @param workDir    where the broker's data and the services' logs go, emptied first
 */
public record FaultSettings(int candidates, int faults, int window, Path workDir) {

    /** A few thousand candidates in all, one fault of each kind: the mode that runs in {@code mvn verify}. */
    public static FaultSettings shortMode(Path workDir) {
        return new FaultSettings(400, 1, 120, workDir);
    }

    public static FaultSettings longMode(int candidates, int faults, Path workDir) {
        return new FaultSettings(candidates, faults, Math.max(200, Math.min(2_000, candidates / 20)), workDir);
    }

    /** Time for a scenario to settle: generous, it only bounds a failing run. */
    Duration settle() {
        return Duration.ofMinutes(3).plusSeconds(candidates / 50L);
    }
}
