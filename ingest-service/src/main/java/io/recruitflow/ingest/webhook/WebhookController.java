package io.recruitflow.ingest.webhook;

import java.time.Clock;
import java.util.Map;

import io.recruitflow.ingest.auth.AuthenticationResult;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.web.RequestHeaders;
import io.recruitflow.ingest.web.UnauthenticatedException;
import io.recruitflow.ingest.web.UnknownSourceException;
import io.recruitflow.ingest.webhook.WebhookSources.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/{source}}: an ATS's own webhook payload (Greenhouse, Lever, Workable, or
 * canonical JSON from an in-house system). The raw body is authenticated with the source's scheme
 * before it is parsed; then the event becomes a profile, an erasure, or an answered "ignored".
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final WebhookSources sources;
    private final AtsEventHandler events;
    private final Clock clock;

    WebhookController(WebhookSources sources, AtsEventHandler events, Clock clock) {
        this.sources = sources;
        this.events = events;
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/{source}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestAnswer receive(@PathVariable String source, @RequestHeader HttpHeaders headers,
                         @RequestBody(required = false) byte[] body) {
        Source configured = sources.find(source).orElseThrow(() -> new UnknownSourceException(source));
        byte[] raw = body == null ? new byte[0] : body;
        Map<String, String> lowerCased = RequestHeaders.lowerCased(headers);
        if (configured.authenticator().verify(raw, lowerCased, clock.instant()) instanceof AuthenticationResult.Rejected rejected) {
            throw new UnauthenticatedException(rejected.reason());
        }
        IngestAnswer answer = events.handle(configured.format().read(raw, lowerCased));
        log.info("Webhook from {}: event {} {}", source, answer.eventId(), answer.status());
        return answer;
    }
}
