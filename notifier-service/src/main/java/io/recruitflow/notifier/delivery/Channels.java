package io.recruitflow.notifier.delivery;

import java.time.Clock;
import java.util.Objects;

import io.recruitflow.notifier.notification.ChannelSettings;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the {@link Channel} for each configured channel of a subscription. All HTTP channels share
 * one outbound client and its SSRF guard. Misconfiguration fails here, at start-up: a URL that would
 * always be refused, or an EMAIL channel without a mail sender.
 */
public final class Channels {

    private final OutboundHttp http;
    private final Clock clock;
    private final JavaMailSender mailSender;
    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * @param outbound   limits on webhook and Slack requests
     * @param clock      the time stamped on signed webhooks
     * @param mailSender sends EMAIL channels; null when no SMTP server is configured
     */
    public Channels(OutboundSettings outbound, Clock clock, JavaMailSender mailSender) {
        this(new OutboundHttp(outbound), clock, mailSender);
    }

    Channels(OutboundHttp http, Clock clock, JavaMailSender mailSender) {
        this.http = Objects.requireNonNull(http, "http");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.mailSender = mailSender;
    }

    /**
     * The channel for one configured channel of a subscription.
     *
     * @throws IllegalArgumentException naming the subscription, when the channel can never work as configured
     */
    public Channel create(String subscription, ChannelSettings settings) {
        String where = "subscription '" + subscription + "', " + settings.type() + " channel";
        return switch (settings.type()) {
            case WEBHOOK -> {
                http.requireAllowed(settings.url(), where + " url");
                yield new WebhookChannel(settings.url(), new WebhookSigner(settings.secrets()), http, json, clock);
            }
            case SLACK -> {
                http.requireAllowed(settings.url(), where + " url");
                yield new SlackChannel(settings.url(), http, json);
            }
            case EMAIL -> {
                if (mailSender == null) {
                    throw new IllegalArgumentException(where + ": no mail sender is configured (set spring.mail.host)");
                }
                try {
                    yield new EmailChannel(mailSender, settings.from(), settings.to());
                } catch (IllegalArgumentException invalid) {
                    throw new IllegalArgumentException(where + ": " + invalid.getMessage(), invalid);
                }
            }
            case LOG -> new LogChannel(subscription);
        };
    }
}
