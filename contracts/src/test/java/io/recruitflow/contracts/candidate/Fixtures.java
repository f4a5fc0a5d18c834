package io.recruitflow.contracts.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test payloads under {@code src/test/resources/candidates}. */
public final class Fixtures {

    private Fixtures() {
    }

    public static byte[] candidate(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/candidates/" + name + ".json")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("missing fixture " + name, e));
        }
    }
}
