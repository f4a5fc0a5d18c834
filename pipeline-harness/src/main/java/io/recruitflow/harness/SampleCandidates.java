package io.recruitflow.harness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import io.recruitflow.avro.CandidateRole;

/**
 * Sample ATS candidates (canonical JSON, {@code samples/*.json}) with the role each should get:
 * what the local run feeds in and what the end-to-end test checks comes out.
 */
public final class SampleCandidates {

    public record Sample(String file, String candidateKey, CandidateRole expectedRole) {

        public byte[] json() {
            try (InputStream in = SampleCandidates.class.getResourceAsStream("/samples/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing sample " + file);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static final List<Sample> ALL = List.of(
            new Sample("backend-engineer.json", "greenhouse:4711", CandidateRole.BACKEND_ENGINEER),
            new Sample("backend-developer.json", "lever:a1b2c3", CandidateRole.BACKEND_DEVELOPER),
            new Sample("hybrid.json", "workable:9001", CandidateRole.HYBRID),
            new Sample("frontend-developer.json", "greenhouse:5120", CandidateRole.NOT_BACKEND),
            new Sample("registered-nurse.json", "workable:9002", CandidateRole.NOT_BACKEND),
            new Sample("resume-only.json", "inhouse:77-4410", CandidateRole.BACKEND_DEVELOPER));

    private SampleCandidates() {
    }
}
