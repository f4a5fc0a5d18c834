package io.recruitflow.ingest.receipts;

import java.time.Instant;
import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectSerializer;
import io.recruitflow.contracts.crypto.Digests;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.candidate.Receipts;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Receipts} in a {@link ReceiptStore}: answers as JSON by source and event id, and each
 * candidate's content fingerprint, which covers the whole normalised profile except the event's own
 * id and times.
 */
public final class StoredReceipts implements Receipts {

    private final ReceiptStore store;
    private final JsonMapper json;
    private final AvroSingleObjectSerializer<CandidateProfile> avro = new AvroSingleObjectSerializer<>();

    public StoredReceipts(ReceiptStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    public Optional<IngestAnswer> answered(String source, String eventId) {
        return store.get(deliveryKey(source, eventId)).map(answer -> json.readValue(answer, IngestAnswer.class));
    }

    @Override
    public void remember(String source, String eventId, IngestAnswer answer) {
        store.put(deliveryKey(source, eventId), json.writeValueAsString(answer));
    }

    @Override
    public Optional<String> changedContent(CandidateProfile profile) {
        String fingerprint = fingerprint(profile);
        boolean unchanged = store.get(contentKey(profile.getCandidateKey())).map(fingerprint::equals).orElse(false);
        return unchanged ? Optional.empty() : Optional.of(fingerprint);
    }

    @Override
    public void rememberContent(String candidateKey, String fingerprint) {
        store.put(contentKey(candidateKey), fingerprint);
    }

    /** Its delivery receipts stay: they hold no candidate data. */
    @Override
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
        return Digests.sha256Hex(avro.serialize("", content));
    }

    private static String deliveryKey(String source, String eventId) {
        return "delivery|" + source + "|" + eventId;
    }

    private static String contentKey(String candidateKey) {
        return "content|" + candidateKey;
    }
}
