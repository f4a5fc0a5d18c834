package io.recruitflow.ingest.webhook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.recruitflow.ingest.auth.Authenticators;
import io.recruitflow.ingest.auth.RequestAuthenticator;
import io.recruitflow.ingest.auth.SourceCredentials;
import io.recruitflow.ingest.formats.CandidateFormat;
import io.recruitflow.ingest.formats.CandidateFormats;
import io.recruitflow.ingest.webhook.WebhookProperties.WebhookSource;

/**
 * The ATS systems allowed to call {@code POST /webhooks/{source}}: for each, how its requests are
 * authenticated and how its payloads are read. Built once at start-up; a source with an unknown
 * scheme or format, or without secrets, stops the service from starting.
 */
final class WebhookSources {

    record Source(String name, RequestAuthenticator authenticator, CandidateFormat format) {
    }

    private final Map<String, Source> sources = new HashMap<>();

    WebhookSources(Map<String, WebhookSource> configured, CandidateFormats formats) {
        configured.forEach((name, source) -> {
            String formatName = source.format() == null ? name : source.format();
            CandidateFormat format = formats.forSource(formatName).orElseThrow(() -> new IllegalArgumentException(
                    "Webhook source '" + name + "': unknown format '" + formatName + "'"));
            RequestAuthenticator authenticator = Authenticators.forSource(
                    new SourceCredentials(name, source.scheme(), source.secrets()));
            sources.put(name, new Source(name, authenticator, format));
        });
    }

    Optional<Source> find(String name) {
        return Optional.ofNullable(sources.get(name));
    }
}
