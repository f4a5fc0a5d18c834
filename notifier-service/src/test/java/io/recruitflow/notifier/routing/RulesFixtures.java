package io.recruitflow.notifier.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

final class RulesFixtures {

    private RulesFixtures() {
    }

    static byte[] standardBytes() {
        try (InputStream in = RoutingRules.class.getResourceAsStream(RoutingRules.STANDARD_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String standardJson() {
        return new String(standardBytes(), StandardCharsets.UTF_8);
    }
}
