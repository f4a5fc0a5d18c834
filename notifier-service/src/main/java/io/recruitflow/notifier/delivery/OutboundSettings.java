package io.recruitflow.notifier.delivery;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on outbound HTTP deliveries (webhooks, Slack), under {@code notifier.outbound.*}. By default only public {@code https}
 * receivers are reached; anything else must be allow-listed here. An entry is a host name (matched
 * exactly, case-insensitively), an IP address, or a CIDR range such as {@code 10.20.0.0/16}.
 *
 * @param allowPrivate   hosts that may be, or resolve to, loopback, private, link-local or other
 *                       non-public addresses
 * @param allowPlainHttp hosts that may be reached over plain {@code http}; matched against the host as
 *                       written in the URL (a name, or an IP address inside a listed range)
 * @param connectTimeout how long to wait for a connection; 5 s when absent
 * @param readTimeout    how long to wait for the response once the request is sent; 10 s when absent
 */
@ConfigurationProperties(prefix = "notifier.outbound")
public record OutboundSettings(List<String> allowPrivate, List<String> allowPlainHttp, Duration connectTimeout,
                               Duration readTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);

    public OutboundSettings {
        allowPrivate = allowPrivate == null ? List.of() : List.copyOf(allowPrivate);
        allowPlainHttp = allowPlainHttp == null ? List.of() : List.copyOf(allowPlainHttp);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        HostList.parse(allowPrivate, "allowPrivate");
        HostList.parse(allowPlainHttp, "allowPlainHttp");
    }

    /** Nothing allow-listed, 5 s to connect, 10 s to answer. */
    public static OutboundSettings defaults() {
        return new OutboundSettings(List.of(), List.of(), null, null);
    }

    private static void requirePositive(Duration timeout, String field) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException(field + " must be positive, was " + timeout);
        }
    }
}
