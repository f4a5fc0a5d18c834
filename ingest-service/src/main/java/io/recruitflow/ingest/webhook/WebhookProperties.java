package io.recruitflow.ingest.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The webhook sources' settings, under {@code ingest.*}.
 *
 * @param sources the ATS systems allowed to call {@code POST /webhooks/{source}}, by source name, each
 *                with its authentication scheme and secrets (from the environment, e.g.
 *                {@code INGEST_SOURCES_GREENHOUSE_SECRETS})
 * @param lever   where Lever profiles are fetched from (Lever webhooks carry ids only)
 */
@ConfigurationProperties(prefix = "ingest")
public record WebhookProperties(Map<String, WebhookSource> sources, @DefaultValue Lever lever) {

    public WebhookProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * @param scheme  greenhouse, lever, workable, standard-webhooks or api-key
     * @param secrets the source's secrets; several while one is being rotated
     * @param format  the payload format; the source's name when absent (greenhouse, lever, workable,
     *                canonical, jsonresume)
     */
    public record WebhookSource(String scheme, List<String> secrets, String format) {
    }

    /**
     * @param baseUrl Lever's API, e.g. https://api.lever.co/v1; absent: Lever events cannot be fetched
     * @param apiKey  the API key, sent as HTTP basic user name
     * @param timeout per request
     */
    public record Lever(URI baseUrl, String apiKey, @DefaultValue("5s") Duration timeout) {
    }
}
