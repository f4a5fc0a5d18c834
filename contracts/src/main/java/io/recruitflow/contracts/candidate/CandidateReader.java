package io.recruitflow.contracts.candidate;

import java.util.Arrays;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads canonical candidate JSON from raw bytes. Errors name the field (as a JSON path such as
 * {@code skills[2].name}) or the position of malformed JSON, and never quote the input, which may
 * hold personal data.
 */
public final class CandidateReader {

    private final JsonMapper json;

    public CandidateReader(JsonMapper json) {
        this.json = json;
    }

    public CandidateSubmission read(byte[] body) {
        CandidateSubmission submission = parse(body, CandidateSubmission.class);
        if (submission == null) {
            throw new InvalidCandidateException(List.of(new Violation("$", "must be a JSON object")));
        }
        return submission;
    }

    /** A JSON array of candidates; a {@code null} element stays {@code null} for the caller to name. */
    public List<CandidateSubmission> readBatch(byte[] body) {
        CandidateSubmission[] submissions = parse(body, CandidateSubmission[].class);
        if (submissions == null) {
            throw new InvalidCandidateException(List.of(new Violation("$", "must be a JSON array of candidates")));
        }
        return Arrays.asList(submissions);
    }

    private <T> T parse(byte[] body, Class<T> type) {
        if (body == null || body.length == 0) {
            throw new InvalidCandidateException(List.of(new Violation("$", "body is empty")));
        }
        try {
            return json.readValue(body, type);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InvalidCandidateException(List.of(new Violation("$", "malformed JSON" + where)));
        } catch (JacksonException e) {
            throw new InvalidCandidateException(List.of(new Violation(path(e), "has the wrong type")));
        }
    }

    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "$" : path.toString();
    }
}
