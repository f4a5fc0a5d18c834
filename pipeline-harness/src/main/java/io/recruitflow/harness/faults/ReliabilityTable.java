package io.recruitflow.harness.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.load.PipelineTally.Count;
import io.recruitflow.harness.load.WebhookReceiver.Received;

/**
 * The fault-injection suite's result: one row per scenario with what was sent and what came out,
 * committed, at the other end; rendered as a Markdown table.
 */
public final class ReliabilityTable {

    private static final List<String> DLTS = List.of(Topics.ATS_CANDIDATE_EVENTS.dlt(),
            Topics.CANDIDATE_PROFILES.dlt(), Topics.CANDIDATE_CLASSIFICATIONS.dlt(), Topics.NOTIFICATION_REQUESTS.dlt());
    private static final List<String> DLT_HEADERS = List.of("DLT ats-events", "DLT profiles", "DLT classifications",
            "DLT notification requests");

    /**
     * @param problems what failed the scenario's pass figure; empty when it passed
     */
    public record Row(String scenario, String faults, Count count, Received received, List<String> problems) {

        public boolean passed() {
            return problems.isEmpty();
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(Row row) {
        rows.add(row);
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    public synchronized String markdown() {
        StringBuilder table = new StringBuilder("| scenario | faults | sent | routed | lost | duplicated | ")
                .append(String.join(" | ", DLT_HEADERS))
                .append(" | notifications received (distinct webhook-id) | raw duplicate deliveries | result |\n")
                .append("|---|---|--:|--:|--:|--:|").append("--:|".repeat(DLTS.size())).append("--:|--:|---|\n");
        for (Row row : rows) {
            Count count = row.count();
            Map<String, Integer> dlts = count.deadLetters();
            table.append("| ").append(row.scenario()).append(" | ").append(row.faults())
                    .append(" | ").append(count.sent()).append(" | ").append(count.routed())
                    .append(" | ").append(count.lost().size()).append(" | ").append(count.duplicated().size());
            DLTS.forEach(dlt -> table.append(" | ").append(dlts.getOrDefault(dlt, 0)));
            table.append(" | ").append(row.received().distinctIds())
                    .append(" | ").append(row.received().rawDuplicates())
                    .append(" | ").append(row.passed() ? "pass" : "**FAIL**").append(" |\n");
        }
        return table.toString();
    }

    /** Every failed scenario with what failed, or an empty string. */
    public synchronized String failures() {
        StringBuilder failures = new StringBuilder();
        for (Row row : rows) {
            if (!row.passed()) {
                failures.append(row.scenario()).append(":\n");
                row.problems().forEach(problem -> failures.append("  - ").append(problem).append('\n'));
            }
        }
        return failures.toString();
    }
}
