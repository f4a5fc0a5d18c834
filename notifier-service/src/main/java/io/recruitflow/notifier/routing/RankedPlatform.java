package io.recruitflow.notifier.routing;

import io.recruitflow.avro.SourcingPlatform;

import java.util.List;
import java.util.Objects;

/**
 * One platform's place in a {@link Routing}: its score in [0, 1] and the reasons behind it.
 */
public record RankedPlatform(SourcingPlatform platform, double score, List<String> reasons) {

    public RankedPlatform {
        Objects.requireNonNull(platform, "platform");
        reasons = List.copyOf(reasons);
    }
}
