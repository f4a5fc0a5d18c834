package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.common.header.Header;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dlt-tool list}: dead letters with their reason and origin, oldest first per partition.
 * Values, exception messages and header values may hold candidate data: shown only with
 * {@code --show-values}.
 */
@Command(name = "list", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Dead letters with their reason and origin; values only with --show-values.",
                "Shows each record's partition@offset in the DLT, time, key, original topic-partition@offset, consumer",
                "group, exception class, dlt-reason and where it was replayed to, if it was."})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    DltTool tool;

    @Spec
    CommandSpec spec;

    @Mixin
    TopicSelection topics;

    @Option(names = "--reason-contains", paramLabel = "<text>", description = "Only records whose dlt-reason contains the text (any case).")
    String reasonContains;

    @Option(names = "--pending", description = "Only records not replayed yet.")
    boolean pending;

    @Option(names = "--show-values", description = "Also show values, exception messages and header values (may hold candidate data).")
    boolean showValues;

    @Option(names = "--full-values", description = "With --show-values: whole values instead of a preview.")
    boolean fullValues;

    @Option(names = "--limit", defaultValue = "100", paramLabel = "<n>", description = "At most this many records per topic (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Selection selection = reasonContains == null ? Selection.ALL : Selection.reasonContaining(reasonContains);
        int matchedAnywhere = 0;
        try (KafkaClients kafka = tool.kafka()) {
            for (String dlt : topics.resolve(kafka)) {
                List<Map<String, Object>> shown = new ArrayList<>();
                int[] counts = new int[2];
                ReplayLedger.scan(kafka, dlt, (deadLetter, replayedTo) -> {
                    counts[0]++;
                    if (selection.matches(deadLetter) && !(pending && replayedTo != null)) {
                        counts[1]++;
                        if (shown.size() < limit) {
                            shown.add(describe(deadLetter, replayedTo));
                        }
                    }
                });
                matchedAnywhere += counts[1];
                if (output.json()) {
                    shown.forEach(line -> output.printJson(out, line));
                } else {
                    printTable(out, dlt, shown, counts[1], counts[0]);
                }
            }
        }
        out.flush();
        if (matchedAnywhere == 0) {
            spec.commandLine().getErr().println("dlt-tool: no dead letters match");
            return DltTool.NOTHING_MATCHED;
        }
        return 0;
    }

    private Map<String, Object> describe(DeadLetter deadLetter, String replayedTo) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", deadLetter.dlt());
        line.put("partition", deadLetter.partition());
        line.put("offset", deadLetter.offset());
        line.put("timestamp", deadLetter.timestamp().toString());
        line.put("key", deadLetter.key());
        line.put("originalTopic", deadLetter.originalTopic());
        line.put("originalPartition", deadLetter.originalPartition());
        line.put("originalOffset", deadLetter.originalOffset());
        line.put("consumerGroup", deadLetter.consumerGroup());
        line.put("exception", deadLetter.exceptionClass());
        line.put("reason", deadLetter.reason());
        line.put("replayedTo", replayedTo);
        if (showValues) {
            line.put("value", ValueText.of(deadLetter.value(), fullValues));
            line.put("exceptionMessage", deadLetter.exceptionMessage());
            Map<String, Object> headers = new LinkedHashMap<>();
            for (Header header : deadLetter.record().headers()) {
                if (!header.key().equals(DeadLetter.EXCEPTION_MESSAGE) && !header.key().startsWith("kafka_dlt-exception-stacktrace")) {
                    headers.put(header.key(), ValueText.of(header.value(), fullValues).text());
                }
            }
            line.put("headers", headers);
        }
        return line;
    }

    private void printTable(PrintWriter out, String dlt, List<Map<String, Object>> shown, int matched, int total) {
        out.printf("%s: %d dead letters%s%s%n", dlt, total,
                matched == total ? "" : ", " + matched + " matching",
                shown.size() < matched ? ", showing the first " + shown.size() + " (--limit)" : "");
        if (shown.isEmpty()) {
            out.println();
            return;
        }
        Table table = new Table("POSITION", "TIMESTAMP", "KEY", "ORIGIN", "GROUP", "EXCEPTION", "REPLAYED TO", "REASON");
        for (Map<String, Object> line : shown) {
            List<String> notes = new ArrayList<>();
            if (showValues) {
                notes.add("value: " + ((ValueText) line.get("value")).line());
                if (line.get("exceptionMessage") != null) {
                    notes.add("exception message: " + line.get("exceptionMessage").toString().replace("\n", "\\n"));
                }
            }
            table.add(notes, line.get("partition") + "@" + line.get("offset"), (String) line.get("timestamp"),
                    (String) line.get("key"), origin(line), (String) line.get("consumerGroup"),
                    simpleName((String) line.get("exception")), (String) line.get("replayedTo"), (String) line.get("reason"));
        }
        table.print(out);
        out.println();
    }

    private static String origin(Map<String, Object> line) {
        Object topic = line.get("originalTopic");
        return topic == null ? null : topic + "-" + line.get("originalPartition") + "@" + line.get("originalOffset");
    }

    private static String simpleName(String className) {
        return className == null ? null : className.substring(className.lastIndexOf('.') + 1);
    }
}
