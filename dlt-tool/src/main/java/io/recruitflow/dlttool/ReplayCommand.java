package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlt-tool replay}: copies selected dead letters back to their original topic, once each. */
@Command(name = "replay", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Copies dead letters back to their original topic, once each.",
                "The original topic is the DLT's name without -dlt; a copy has the same key, value and partition, the",
                "original headers without the dead-letter ones, plus dlt-replayed-from: <dlt>-<partition>@<offset>.",
                "A dead letter is replayed at most once, however often this runs, even after a crash;",
                "what a selection leaves out stays replayable. Ledger: the compacted topic <dlt>.replayed."})
final class ReplayCommand implements Callable<Integer> {

    @ParentCommand
    DltTool tool;

    @Spec
    CommandSpec spec;

    @Option(names = {"-t", "--topic"}, required = true, paramLabel = "<dlt>", description = "The dead-letter topic.")
    String topic;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--offsets", paramLabel = "<p:o,...>", description = "These records, as partition:offset pairs.")
        String offsets;

        @Option(names = "--reason-contains", paramLabel = "<text>", description = "Records whose dlt-reason contains the text (any case).")
        String reasonContains;

        @Option(names = "--all", description = "Every record of the topic.")
        boolean all;

        Selection selection() {
            if (offsets != null) {
                return Selection.positions(offsets);
            }
            return reasonContains != null ? Selection.reasonContaining(reasonContains) : Selection.ALL;
        }
    }

    @Option(names = "--dry-run", description = "Show what would be replayed; write nothing.")
    boolean dryRun;

    @Option(names = "--batch-size", defaultValue = "100", paramLabel = "<n>",
            description = "Records per transaction (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Override
    public Integer call() {
        Selection selection = which.selection();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Replayer.Result result;
        try (KafkaClients kafka = tool.kafka()) {
            result = new Replayer(kafka, out, Math.max(1, batchSize), Clock.systemUTC()).replay(topic, selection, dryRun);
        }
        result.missing().stream().sorted().forEach(position -> err.println("dlt-tool: no dead letter at " + position + " in " + topic));
        if (result.matched() == 0) {
            err.println("dlt-tool: no dead letters in " + topic + " match" + (selection.describe().isEmpty() ? "" : " (" + selection.describe() + ")"));
            return DltTool.NOTHING_MATCHED;
        }
        String target = DeadLetter.replayTarget(topic);
        int pending = result.matched() - result.alreadyReplayed();
        out.printf("%s %d of %d matching dead letters from %s to %s; %d had been replayed before%n",
                dryRun ? "would replay" : "replayed", dryRun ? pending : result.replayed(), result.matched(), topic, target,
                result.alreadyReplayed());
        return 0;
    }
}
