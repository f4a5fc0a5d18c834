package io.recruitflow.ingest.webhook;

import io.recruitflow.ingest.formats.CandidateFormats;
import io.recruitflow.ingest.formats.LeverProfiles;
import io.recruitflow.ingest.formats.ProfileFetchFailedException;
import io.recruitflow.ingest.lever.LeverApiProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** The payload formats ingest reads and the webhook sources allowed to send them. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    private static final Logger log = LoggerFactory.getLogger(WebhookConfiguration.class);

    @Bean
    CandidateFormats candidateFormats(JsonMapper json, WebhookProperties properties,
                                      ObjectProvider<RestClient.Builder> restClients) {
        WebhookProperties.Lever lever = properties.lever();
        LeverProfiles profiles = lever.baseUrl() == null
                ? id -> {
                    throw new ProfileFetchFailedException("Lever profiles cannot be fetched: ingest.lever.base-url is not set");
                }
                : LeverApiProfiles.withApiKey(restClients.getIfAvailable(RestClient::builder), lever.baseUrl(),
                        lever.apiKey(), lever.timeout(), json);
        return CandidateFormats.standard(json, profiles);
    }

    @Bean
    WebhookSources webhookSources(WebhookProperties properties, CandidateFormats formats) {
        WebhookSources sources = new WebhookSources(properties.sources(), formats);
        log.info("Webhook sources: {}", properties.sources().keySet());
        return sources;
    }
}
