package io.recruitflow.harness.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.recruitflow.harness.ChildJvm;

/**
 * Kafka's own performance tools from {@code org.apache.kafka:kafka-tools} (the version Spring Boot
 * manages), each run as a child JVM on this module's classpath, their output parsed.
 */
final class KafkaTools {

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, "
                    + "([\\d.]+) ms max latency, (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private final Path logDir;

    KafkaTools(Path logDir) {
        this.logDir = logDir;
    }

    /**
     * @param records    records sent
     * @param perSecond  records per second
     * @param p50Millis  send-to-acknowledgement latency percentiles
     */
    record ProducerResult(long records, double perSecond, double megabytesPerSecond, long p50Millis, long p95Millis,
                          long p99Millis) {
    }

    /**
     * @param records      records consumed
     * @param perSecond    records per second while fetching ({@code fetch.nMsg.sec}: group join excluded)
     */
    record ConsumerResult(long records, double perSecond, double megabytesPerSecond) {
    }

    /** {@code ProducerPerformance}: {@code records} records of {@code recordSize} bytes, flat out. */
    ProducerResult producerPerformance(String bootstrapServers, String topic, long records, int recordSize,
                                       List<String> producerProps) {
        List<String> args = new ArrayList<>(List.of("--topic", topic, "--num-records", Long.toString(records),
                "--record-size", Integer.toString(recordSize), "--throughput", "-1",
                "--producer-props", "bootstrap.servers=" + bootstrapServers));
        args.addAll(producerProps);
        return parseProducerPerformance(run("org.apache.kafka.tools.ProducerPerformance", args, "producer-performance"));
    }

    /** The summary line {@code ProducerPerformance} prints last. */
    static ProducerResult parseProducerPerformance(String output) {
        // the tool prints progress lines, then the summary of the whole run last
        Matcher summary = PRODUCER_SUMMARY.matcher(output);
        MatchResult last = null;
        while (summary.find()) {
            last = summary.toMatchResult();
        }
        if (last == null) {
            throw new IllegalStateException("ProducerPerformance printed no summary:\n" + output);
        }
        return new ProducerResult(Long.parseLong(last.group(1)), Double.parseDouble(last.group(2)),
                Double.parseDouble(last.group(3)), Long.parseLong(last.group(6)), Long.parseLong(last.group(7)),
                Long.parseLong(last.group(8)));
    }

    /** {@code ConsumerPerformance}: reads {@code records} records of the topic from the beginning. */
    ConsumerResult consumerPerformance(String bootstrapServers, String topic, long records) {
        return parseConsumerPerformance(run("org.apache.kafka.tools.ConsumerPerformance", List.of("--bootstrap-server",
                bootstrapServers, "--topic", topic, "--messages", Long.toString(records), "--timeout", "30000"),
                "consumer-performance"));
    }

    /** The statistics row {@code ConsumerPerformance} prints under its header. */
    static ConsumerResult parseConsumerPerformance(String output) {
        List<String> lines = output.lines().toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("start.time")) {
                List<String> header = Arrays.stream(lines.get(i).split(",")).map(String::trim).toList();
                String[] row = lines.get(i + 1).split(",");
                return new ConsumerResult(
                        Long.parseLong(row[header.indexOf("data.consumed.in.nMsg")].trim()),
                        Double.parseDouble(row[header.indexOf("fetch.nMsg.sec")].trim()),
                        Double.parseDouble(row[header.indexOf("fetch.MB.sec")].trim()));
            }
        }
        throw new IllegalStateException("ConsumerPerformance printed no statistics:\n" + output);
    }

    private String run(String mainClass, List<String> args, String name) {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xms256m", "-Xmx512m",
                "-cp", ChildJvm.classpath(), mainClass));
        command.addAll(args);
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " did not finish within 5 minutes; see " + log);
            }
            String output = Files.readString(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(mainClass + " exited with " + process.exitValue() + "; see " + log);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
