package io.recruitflow.ingest.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code ingest.limits.*}: how large a request body may be ({@code max-batch-body} for
 * {@code POST /api/v1/candidates:batch}, {@code max-body} for everything else) and how many requests
 * per second each source may send, with {@code burst} requests allowed at once after a quiet spell.
 */
@ConfigurationProperties(prefix = "ingest.limits")
public record IngestLimits(@DefaultValue("1MB") DataSize maxBody,
                           @DefaultValue("10MB") DataSize maxBatchBody,
                           @DefaultValue("50") int requestsPerSecond,
                           @DefaultValue("100") int burst) {

    public IngestLimits {
        if (maxBody.isNegative() || maxBatchBody.isNegative()) {
            throw new IllegalArgumentException("ingest.limits: body sizes must not be negative");
        }
        if (requestsPerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("ingest.limits: requests-per-second and burst must be at least 1");
        }
    }
}
