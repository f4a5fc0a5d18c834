package io.recruitflow.dlttool;

import java.util.List;

import picocli.CommandLine.Option;

/** {@code --topic <dlt>} (repeatable) or {@code --all}: the dead-letter topics a command looks at. */
final class TopicSelection {

    @Option(names = {"-t", "--topic"}, paramLabel = "<dlt>", description = "A dead-letter topic (repeatable).")
    List<String> topics;

    @Option(names = "--all", description = "Every dead-letter topic of the cluster (names ending with -dlt); the default.")
    boolean all;

    List<String> resolve(KafkaClients kafka) {
        boolean named = topics != null && !topics.isEmpty();
        if (named && all) {
            throw new ToolException(DltTool.USAGE, "give either --topic or --all, not both");
        }
        return named ? List.copyOf(topics) : kafka.deadLetterTopics();
    }
}
