package io.recruitflow.ingest.webhook;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.auth.Verdict;
import io.recruitflow.ingest.formats.AtsEvent;
import io.recruitflow.ingest.formats.CandidateErasure;
import io.recruitflow.ingest.formats.CandidateUpsert;
import io.recruitflow.ingest.formats.NotACandidateEvent;
import io.recruitflow.ingest.messaging.ProfilePublisher;
import io.recruitflow.ingest.web.IngestAnswer;
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
    private final CandidateIntake intake;
    private final ProfilePublisher publisher;

    WebhookController(WebhookSources sources, CandidateIntake intake, ProfilePublisher publisher) {
        this.sources = sources;
        this.intake = intake;
        this.publisher = publisher;
    }

    @PostMapping(path = "/webhooks/{source}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestAnswer receive(@PathVariable String source, @RequestHeader HttpHeaders headers,
                         @RequestBody(required = false) byte[] body) {
        Source configured = sources.find(source).orElseThrow(() -> new UnknownSourceException(source));
        byte[] raw = body == null ? new byte[0] : body;
        Map<String, String> lowerCased = lowerCased(headers);
        if (configured.authenticator().verify(raw, lowerCased, Instant.now()) instanceof Verdict.Rejected rejected) {
            throw new UnauthenticatedException(rejected.reason());
        }
        IngestAnswer answer = handle(configured.format().read(raw, lowerCased));
        log.info("Webhook from {}: event {} {}", source, answer.eventId(), answer.status());
        return answer;
    }

    private IngestAnswer handle(AtsEvent event) {
        if (event instanceof CandidateUpsert upsert) {
            CandidateProfile profile = intake.accept(upsert.candidate());
            publisher.publish(profile);
            return IngestAnswer.accepted(profile.getEventId(), profile.getCandidateKey());
        }
        if (event instanceof CandidateErasure erasure) {
            String candidateKey = Topics.candidateKey(erasure.source(), erasure.externalId());
            publisher.publishErasure(candidateKey, erasure.source() + ":" + erasure.eventId());
            return IngestAnswer.erased(erasure.eventId(), candidateKey);
        }
        NotACandidateEvent ignored = (NotACandidateEvent) event;
        return IngestAnswer.ignored(ignored.eventId(), ignored.reason());
    }

    private static Map<String, String> lowerCased(HttpHeaders headers) {
        return headers.headerSet().stream().collect(Collectors.toMap(
                header -> header.getKey().toLowerCase(Locale.ROOT),
                header -> String.join(",", header.getValue()),
                (first, second) -> first));
    }
}
