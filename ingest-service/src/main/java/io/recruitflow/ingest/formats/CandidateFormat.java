package io.recruitflow.ingest.formats;

import java.util.Map;

/**
 * Reads one payload format (canonical JSON, JSON Resume, a vendor's webhook) into an
 * {@link AtsEvent}. Implementations are plain Java and thread-safe.
 */
public interface CandidateFormat {

    /** The format's name, e.g. {@code greenhouse}; also the {@code {source}} of {@code /webhooks/{source}}. */
    String name();

    /**
     * @param body    the raw request or record body
     * @param headers request headers (or Kafka headers) with lower-cased names; query parameters
     *                the caller maps to headers are documented per format
     * @throws io.recruitflow.contracts.candidate.InvalidCandidateException naming the JSON path of
     *         every missing or ill-typed field, never quoting a value
     */
    AtsEvent read(byte[] body, Map<String, String> headers);
}
