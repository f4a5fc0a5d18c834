package io.recruitflow.contracts.candidate;

/**
 * One reason a submission was refused: the JSON path of the field and what is wrong with it.
 * Messages never quote the submitted value, so they are safe to log and to put in DLT headers.
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
