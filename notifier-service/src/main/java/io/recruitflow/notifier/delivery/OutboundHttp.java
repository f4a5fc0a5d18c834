package io.recruitflow.notifier.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * Posts one JSON body to a receiver and reports the outcome, behind the {@link OutboundGuard}: no
 * redirects are followed (a 3xx is a permanent failure), no proxy is used, and both connecting and
 * waiting for the response are bounded.
 *
 * <p>Known limit, DNS rebinding: the guard resolves the host and the JDK client resolves it again
 * when it connects. Both go through the JVM's address cache ({@code networkaddress.cache.ttl}, 30 s by
 * default), so a second, different answer is only seen if the cache entry expires between the check
 * and the connect; a deployment that sets the TTL to 0 widens that window. Java 17 offers no clean
 * way to pin the connection to the checked address while keeping TLS host name verification.
 *
 * <p>Outcomes: 2xx delivered; 408, 425, 429, 5xx, timeouts and network errors retryable; any other
 * status and any refusal permanent. Errors name the host only.
 */
final class OutboundHttp {

    private final OutboundGuard guard;
    private final HttpClient client;
    private final Duration readTimeout;

    OutboundHttp(OutboundSettings settings) {
        this(settings, InetAddress::getAllByName);
    }

    OutboundHttp(OutboundSettings settings, OutboundGuard.Resolver resolver) {
        this.guard = new OutboundGuard(settings, resolver);
        this.readTimeout = settings.readTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                // One-shot posts: no h2c upgrade dance with receivers on plain http.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /** Fails fast, at start-up, for a URL that would be refused on its text alone. */
    void requireAllowed(URI url, String what) {
        String refusal = guard.refusalWithoutDns(url);
        if (refusal != null) {
            throw new IllegalArgumentException(what + ": " + refusal);
        }
    }

    DeliveryAttempt postJson(URI url, byte[] body, Map<String, String> headers) {
        long start = System.nanoTime();
        String host = OutboundGuard.host(url);
        try {
            String refusal = guard.refusal(url);
            if (refusal != null) {
                return DeliveryAttempt.permanentFailure(null, "refused: " + refusal, since(start));
            }
        } catch (UnknownHostException unresolved) {
            return DeliveryAttempt.retryable(null, "cannot resolve " + host, since(start));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(readTimeout)
                .header("content-type", "application/json")
                .header("user-agent", "RecruitFlow-Notifier")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            // The body is not needed: closing it unread means a receiver cannot hold us with an endless one.
            response.body().close();
            return outcome(response.statusCode(), host, since(start));
        } catch (HttpConnectTimeoutException timeout) {
            return DeliveryAttempt.retryable(null, "no connection to " + host + " within the connect timeout", since(start));
        } catch (HttpTimeoutException timeout) {
            return DeliveryAttempt.retryable(null, "no response from " + host + " within " + readTimeout, since(start));
        } catch (ConnectException refused) {
            return DeliveryAttempt.retryable(null, "cannot connect to " + host + " (connection refused)", since(start));
        } catch (SSLException tls) {
            return DeliveryAttempt.retryable(null, "TLS with " + host + " failed", since(start));
        } catch (IOException io) {
            return DeliveryAttempt.retryable(null, "I/O error talking to " + host + " ("
                    + io.getClass().getSimpleName() + ")", since(start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return DeliveryAttempt.retryable(null, "interrupted while posting to " + host, since(start));
        }
    }

    static DeliveryAttempt outcome(int status, String host, Duration latency) {
        if (status >= 200 && status < 300) {
            return DeliveryAttempt.delivered(status, latency);
        }
        if (status >= 300 && status < 400) {
            return DeliveryAttempt.permanentFailure(status, "HTTP " + status + " from " + host
                    + ": redirects are not followed", latency);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return DeliveryAttempt.retryable(status, "HTTP " + status + " from " + host, latency);
        }
        return DeliveryAttempt.permanentFailure(status, "HTTP " + status + " from " + host, latency);
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
