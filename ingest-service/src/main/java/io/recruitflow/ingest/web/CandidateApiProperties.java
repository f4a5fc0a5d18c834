package io.recruitflow.ingest.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The candidate API's settings, under {@code ingest.*}; who may call it is the kit's
 * {@code pipeline.security.*} (for which ingest still reads its earlier {@code ingest.api.*} names).
 *
 * @param maxBatchSize the most candidates one {@code POST /api/v1/candidates:batch} may carry
 */
@ConfigurationProperties(prefix = "ingest")
public record CandidateApiProperties(@DefaultValue("100") int maxBatchSize) {
}
