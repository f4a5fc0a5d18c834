package io.recruitflow.ingest.formats;

import java.util.HexFormat;

import io.recruitflow.contracts.crypto.Digests;

/**
 * Event ids derived from the payload bytes, for deliveries that carry no id of their own: a
 * re-delivery of the same bytes gets the same id (and is recognised as a duplicate), a changed
 * payload gets a new one. A timestamp field is not used instead because two distinct edits can
 * share one (Greenhouse's {@code last_activity_at} has second precision), and a lost update is worse
 * than a duplicate.
 */
final class ContentIds {

    private ContentIds() {
    }

    /** {@code <prefix>-<first 128 bits of SHA-256(body) in hex>}. */
    static String of(String prefix, byte[] body) {
        return prefix + "-" + HexFormat.of().formatHex(Digests.sha256(body), 0, 16);
    }
}
