package io.recruitflow.dlttool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Dead letters for ops: lists the records of the pipeline's dead-letter topics ({@code <topic>-dlt})
 * with why they failed and where they came from, and replays them to their original topic once the
 * cause is fixed, exactly once per record (see {@link Replayer}). Plain Kafka clients; values stay
 * hidden unless asked for, as they hold candidate data.
 */
@Command(name = "dlt-tool", sortOptions = false, usageHelpAutoWidth = true,
        description = "Lists and replays the pipeline's dead letters (<topic>-dlt).",
        subcommands = {TopicsCommand.class, ListCommand.class, ReplayCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:done",
                "1:unexpected failure",
                "2:usage error",
                "3:no dead letter matched",
                "4:unknown topic",
                "5:Kafka unreachable or failing (the message says what)",
                "6:another replay of the same topic took over (nothing duplicated; run again if needed)"})
public final class DltTool {

    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int NOTHING_MATCHED = 3;
    static final int UNKNOWN_TOPIC = 4;
    static final int KAFKA_FAILED = 5;
    static final int REPLAY_TAKEN_OVER = 6;

    @Option(names = {"-b", "--bootstrap-server", "--bootstrap-servers"}, scope = ScopeType.INHERIT, paramLabel = "<host:port,...>",
            description = "Kafka brokers to connect to (or bootstrap.servers in the command config).")
    String bootstrapServers;

    @Option(names = "--command-config", scope = ScopeType.INHERIT, paramLabel = "<file>",
            description = "Kafka client properties (security.protocol, sasl.*, ssl.*, ...), as for Kafka's own tools.")
    Path commandConfig;

    @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "<seconds>", defaultValue = "30",
            description = "How long to wait for Kafka before giving up (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help.")
    boolean help;

    KafkaClients kafka() {
        return new KafkaClients(bootstrapServers, commandConfig, Duration.ofSeconds(timeoutSeconds));
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, with the tool's failures reported in one line and mapped to exit codes. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new DltTool());
        commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
            PrintWriter err = command.getErr();
            if (failure instanceof ToolException known) {
                err.println("dlt-tool: " + known.getMessage());
                err.flush();
                return known.exitCode();
            }
            err.println("dlt-tool: unexpected failure: " + failure);
            failure.printStackTrace(err);
            err.flush();
            return FAILURE;
        });
        return commandLine;
    }
}
