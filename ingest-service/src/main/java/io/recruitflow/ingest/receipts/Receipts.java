package io.recruitflow.ingest.receipts;

import java.time.Instant;
import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectSerializer;
import io.recruitflow.ingest.auth.Sha256;
import io.recruitflow.ingest.candidate.IngestAnswer;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes ingest exactly-once from an ATS's point of view: a re-delivered event (same source and
 * event id) is answered as it was the first time, and a candidate re-sent with unchanged content is
 * not published again. The content fingerprint covers the whole normalised profile except the
 * event's own id and times.
 */
public final class Receipts {

    private final ReceiptStore store;
    private final JsonMapper json;
    private final AvroSingleObjectSerializer<CandidateProfile> avro = new AvroSingleObjectSerializer<>();

    public Receipts(ReceiptStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    public Optional<IngestAnswer> answered(String source, String eventId) {
        return store.get(deliveryKey(source, eventId)).map(answer -> json.readValue(answer, IngestAnswer.class));
    }

    public void remember(String source, String eventId, IngestAnswer answer) {
        store.put(deliveryKey(source, eventId), json.writeValueAsString(answer));
    }

    /** The profile's content fingerprint, or empty when that is what was last published for the candidate. */
    public Optional<String> changedContent(CandidateProfile profile) {
        String fingerprint = fingerprint(profile);
        boolean unchanged = store.get(contentKey(profile.getCandidateKey())).map(fingerprint::equals).orElse(false);
        return unchanged ? Optional.empty() : Optional.of(fingerprint);
    }

    public void rememberContent(String candidateKey, String fingerprint) {
        store.put(contentKey(candidateKey), fingerprint);
    }

    /** After an erasure the candidate is new again; its delivery receipts hold no candidate data. */
    public void forget(String candidateKey) {
        store.put(contentKey(candidateKey), null);
    }

    String fingerprint(CandidateProfile profile) {
        // A shallow copy: the builder's deep copy of every skill, job and text cost as much as the encoding.
        CandidateProfile content = new CandidateProfile();
        for (int field = 0; field < CandidateProfile.SCHEMA$.getFields().size(); field++) {
            content.put(field, profile.get(field));
        }
        content.setEventId("");
        content.setOccurredAt(Instant.EPOCH);
        content.setReceivedAt(Instant.EPOCH);
        return Sha256.hex(avro.serialize("", content));
    }

    private static String deliveryKey(String source, String eventId) {
        return "delivery|" + source + "|" + eventId;
    }

    private static String contentKey(String candidateKey) {
        return "content|" + candidateKey;
    }
}
