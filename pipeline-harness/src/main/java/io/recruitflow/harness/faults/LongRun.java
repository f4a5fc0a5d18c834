package io.recruitflow.harness.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import io.recruitflow.harness.faults.ReliabilityTable.Row;
import io.recruitflow.harness.load.Canaries;

/**
 * The fault-injection suite's long mode: every scenario with {@code -Dfaults.candidates} candidates
 * (default 100,000) and {@code -Dfaults.count} faults of each kind (default 3), the table printed and
 * written to {@code -Dfaults.report} ({@code pipeline-harness/target/reliability.md} from the Maven
 * profile). Exits 1 when a scenario failed, after naming every lost or duplicated candidate. Run from
 * the root (builds the services first):
 * <pre>mvn -B -pl pipeline-harness -am -Pfaults-long -DskipTests verify -Dfaults.candidates=10000</pre>
 */
public final class LongRun {

    private LongRun() {
    }

    public static void main(String[] args) throws IOException {
        int candidates = Integer.getInteger("faults.candidates", 100_000);
        int faults = Integer.getInteger("faults.count", 3);
        Path report = Path.of(System.getProperty("faults.report", "target/reliability.md"));
        Path work = Path.of(System.getProperty("faults.dir", "target/faults-long"));
        Instant started = Instant.now();
        List<Canaries.Leak> leaks;
        ReliabilityTable table;
        try (FaultSuite suite = FaultSuite.start(FaultSettings.longMode(candidates, faults, work))) {
            List<Supplier<Row>> scenarios = List.of(suite::killServices, suite::killBroker, suite::poison,
                    suite::scaleOutAndIn, suite::webhookOutage, suite::erasure);
            for (Supplier<Row> scenario : scenarios) {
                Row row = scenario.get();
                say(row.scenario() + ": " + (row.passed() ? "pass" : "FAIL") + " after "
                        + Duration.between(started, Instant.now()).toSeconds() + " s");
            }
            leaks = suite.canaryLeaks();
            table = suite.table();
        }
        Duration took = Duration.between(started, Instant.now());
        String markdown = "Fault-injection suite, long mode: " + candidates + " candidates per scenario, "
                + faults + " faults of each kind, " + took.toMinutes() + " min " + took.toSecondsPart()
                + " s on " + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + table.markdown()
                + "\n7 canaries in service logs: " + (leaks.isEmpty() ? "none" : leaks.size() + " " + leaks) + "\n";
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, markdown);
        System.out.println(markdown);
        say("Table written to " + report.toAbsolutePath());
        String failures = table.failures();
        if (!failures.isEmpty() || !leaks.isEmpty()) {
            System.err.println(failures);
            System.exit(1);
        }
        System.exit(0);
    }

    private static void say(String line) {
        System.out.println("[faults] " + line);
    }
}
