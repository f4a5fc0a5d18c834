package io.recruitflow.dlttool;

import java.io.PrintWriter;

import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code --format table|json}: a plain-text table for people, or one JSON object per line for scripts (jq). */
final class OutputFormat {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    enum Format { table, json }

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "table, or json: one JSON object per line (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }

    void printJson(PrintWriter out, Object line) {
        out.println(JSON.writeValueAsString(line));
    }
}
