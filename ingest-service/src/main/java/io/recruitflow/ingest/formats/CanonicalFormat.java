package io.recruitflow.ingest.formats;

import java.util.Map;

import io.recruitflow.contracts.candidate.CandidateReader;

/**
 * The pipeline's own canonical candidate JSON (see the README), read by the shared
 * {@link CandidateReader}. Headers are not consulted: the body carries {@code source},
 * {@code externalId} and {@code eventId}.
 */
public final class CanonicalFormat implements CandidateFormat {

    public static final String NAME = "canonical";

    private final CandidateReader reader;

    public CanonicalFormat(CandidateReader reader) {
        this.reader = reader;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AtsEvent read(byte[] body, Map<String, String> headers) {
        return new CandidateUpsert(reader.read(body));
    }
}
