package io.recruitflow.dlttool;

/** A failure the tool explains in one line and ends with its own exit code (see {@link DltTool}). */
final class ToolException extends RuntimeException {

    private final int exitCode;

    ToolException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    ToolException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
