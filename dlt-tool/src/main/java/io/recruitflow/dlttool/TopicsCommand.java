package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code dlt-tool topics}: every dead-letter topic with how many records it holds and how many wait for a replay. */
@Command(name = "topics", sortOptions = false, usageHelpAutoWidth = true,
        description = {"Dead-letter topics with their record counts: replayed and pending.",
                "Also the oldest and newest record, and the topic a replay writes to. Reads every record."})
final class TopicsCommand implements Callable<Integer> {

    @ParentCommand
    DltTool tool;

    @Spec
    CommandSpec spec;

    @Mixin
    TopicSelection topics;

    @Mixin
    OutputFormat output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Table table = new Table("TOPIC", "PARTITIONS", "RECORDS", "REPLAYED", "PENDING", "OLDEST", "NEWEST", "REPLAYS TO");
        try (KafkaClients kafka = tool.kafka()) {
            for (String dlt : topics.resolve(kafka)) {
                int partitions = kafka.describe(dlt).partitions().size();
                long[] counts = new long[2];
                Instant[] span = new Instant[2];
                ReplayLedger.scan(kafka, dlt, (deadLetter, replayedTo) -> {
                    counts[0]++;
                    counts[1] += replayedTo == null ? 0 : 1;
                    Instant time = deadLetter.timestamp();
                    span[0] = span[0] == null || time.isBefore(span[0]) ? time : span[0];
                    span[1] = span[1] == null || time.isAfter(span[1]) ? time : span[1];
                });
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("topic", dlt);
                line.put("partitions", partitions);
                line.put("records", counts[0]);
                line.put("replayed", counts[1]);
                line.put("pending", counts[0] - counts[1]);
                line.put("oldest", span[0] == null ? null : span[0].toString());
                line.put("newest", span[1] == null ? null : span[1].toString());
                line.put("replaysTo", DeadLetter.replayTarget(dlt));
                if (output.json()) {
                    output.printJson(out, line);
                } else {
                    table.add(line.values().stream().map(value -> value == null ? null : value.toString()).toArray(String[]::new));
                }
            }
        }
        if (!output.json()) {
            table.print(out);
        }
        out.flush();
        return 0;
    }
}
