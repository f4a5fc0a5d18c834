package io.recruitflow.harness.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.SampleCandidates;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Distinct candidates in the canonical JSON, as many as asked for: candidate {@code i} of a source is
 * {@code <source>:<prefix>-<i>} with event id {@code <prefix>-evt-<i>}, its content one of the sample
 * candidates in turn (so every role occurs), and its own canary personal data: a name, an e-mail
 * address and a phone number that exist nowhere else. A canary found in a log or, after erasure, in a
 * compacted topic, is a leak ({@link Canaries}).
 */
public final class CandidateGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<ObjectNode> TEMPLATES = SampleCandidates.ALL.stream()
            .map(sample -> (ObjectNode) JSON.readTree(sample.json())).toList();

    /** One generated candidate: its identifiers, its canaries and its JSON. */
    public record Candidate(String key, String eventId, String name, String email, String phone, byte[] json) {

        /** The candidate's personal data that must never leak. */
        public List<String> canaries() {
            return List.of(name, email, phone);
        }
    }

    private final String source;
    private final String prefix;

    /**
     * @param source the ATS source of every candidate ({@code a-z 0-9 - _}, at most 32)
     * @param prefix distinguishes runs and scenarios on one pipeline, e.g. {@code s1}
     */
    public CandidateGenerator(String source, String prefix) {
        this.source = source;
        this.prefix = prefix;
    }

    public String source() {
        return source;
    }

    public String key(int index) {
        return Topics.candidateKey(source, externalId(index));
    }

    public Candidate candidate(int index) {
        return candidate(index, 0);
    }

    /**
     * Candidate {@code index} as sent again in a later event: the same content and canaries, the event
     * id {@code <prefix>-evt-<index>-r<revision>} (revision 0 is the first event).
     */
    public Candidate candidate(int index, int revision) {
        String word = Canaries.word(source + "/" + prefix, index);
        String name = Canaries.NAME_PREFIX + word + " " + Canaries.word(prefix, index * 7 + 3);
        String email = Canaries.EMAIL_USER_PREFIX + word.toLowerCase(Locale.ROOT) + Canaries.EMAIL_DOMAIN;
        String phone = Canaries.phone(index);
        ObjectNode candidate = TEMPLATES.get(index % TEMPLATES.size()).deepCopy();
        candidate.put("source", source);
        candidate.put("externalId", externalId(index));
        String eventId = prefix + "-evt-" + index + (revision == 0 ? "" : "-r" + revision);
        candidate.put("eventId", eventId);
        ObjectNode basics = candidate.has("basics") ? (ObjectNode) candidate.get("basics") : candidate.putObject("basics");
        basics.put("name", name);
        basics.put("email", email);
        basics.put("phone", phone);
        if (candidate.has("resumeText")) {
            // The resume's own header carries the canaries too: ingest must scrub them from free text.
            String text = candidate.get("resumeText").asString();
            candidate.put("resumeText", name.toUpperCase(Locale.ROOT) + "\n" + email + " | " + phone
                    + text.substring(text.indexOf('\n')));
        }
        return new Candidate(key(index), eventId, name, email, phone, JSON.writeValueAsBytes(candidate));
    }

    /** Candidates {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Candidate> candidates(int from, int to) {
        List<Candidate> candidates = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            candidates.add(candidate(i));
        }
        return candidates;
    }

    private String externalId(int index) {
        return prefix + "-" + index;
    }

    /** The shapes of every canary value, to look for leaks without knowing which candidates ran. */
    public static Pattern canaryPattern() {
        return Canaries.ANY;
    }
}
