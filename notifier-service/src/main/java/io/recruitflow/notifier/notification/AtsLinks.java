package io.recruitflow.notifier.notification;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Links to a candidate in the ATS the candidate came from, one template per source, e.g.
 * {@code greenhouse -> https://app.greenhouse.io/people/{externalId}}. The id is URL-encoded, so
 * an id from the outside world cannot change where the link points.
 */
public final class AtsLinks {

    private static final String EXTERNAL_ID = "{externalId}";

    private final Map<String, String> templates;

    public AtsLinks(Map<String, String> templates) {
        this.templates = templates == null ? Map.of() : Map.copyOf(templates);
        this.templates.forEach((source, template) -> {
            if (!template.contains(EXTERNAL_ID)) {
                throw new IllegalArgumentException("ats-links." + source + " must contain " + EXTERNAL_ID);
            }
            URI.create(template.replace(EXTERNAL_ID, "x"));
        });
    }

    /** @return the candidate's page in its ATS; {@code null} when no template is configured for the source */
    public URI link(String source, String externalId) {
        String template = templates.get(source);
        if (template == null) {
            return null;
        }
        String encoded = URLEncoder.encode(externalId, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create(template.replace(EXTERNAL_ID, encoded));
    }
}
