package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.recruitflow.notifier.delivery.DeliveryAttempt.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outbound requests cannot be aimed at the service's own network unless allow-listed (SSRF). */
class OutboundSafetyTest {

    static final byte[] BODY = "{}".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final LoopbackServer server = new LoopbackServer();

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', value = {
            "https://[::1]/                            | ::1 is a loopback address",
            "http://169.254.169.254/latest/meta-data   | 169.254.169.254 is a link-local address",
            "https://169.254.169.254/latest/meta-data  | 169.254.169.254 is a link-local address",
            "http://0x7f000001/                        | host '0x7f000001' is neither a DNS name nor a plain IP address",
            "http://2130706433/                        | host '2130706433' is neither a DNS name nor a plain IP address",
            "http://0177.0.0.1/                        | host '0177.0.0.1' is neither a DNS name nor a plain IP address",
            "http://127.1/                             | host '127.1' is neither a DNS name nor a plain IP address",
            "https://0x7f.1/                           | host '0x7f.1' is neither a DNS name nor a plain IP address",
            "file:///etc/passwd                        | scheme 'file' is not allowed",
            "ftp://files.example.com/x                 | scheme 'ftp' is not allowed",
            "gopher://example.com/                     | scheme 'gopher' is not allowed",
            "https://user:hunter2@hooks.example.com/   | URLs with user info are refused",
            "https://hooks_internal/                   | host 'hooks_internal' is neither a DNS name nor a plain IP address",
            "https://10.1.2.3/                         | 10.1.2.3 is a private address",
            "https://172.16.5.4/                       | 172.16.5.4 is a private address",
            "https://172.31.255.255/                   | 172.31.255.255 is a private address",
            "https://192.168.0.1/                      | 192.168.0.1 is a private address",
            "https://100.64.0.1/                       | 100.64.0.1 is a shared CGNAT (100.64.0.0/10) address",
            "https://0.0.0.0/                          | 0.0.0.0 is a unspecified (0.0.0.0/8) address",
            "https://[::]/                             | :: is a unspecified (::) address",
            "https://224.0.0.1/                        | 224.0.0.1 is a multicast address",
            "https://[::ffff:127.0.0.1]/               | ::ffff:127.0.0.1 is a loopback address",
            "https://[::ffff:a9fe:a9fe]/               | ::ffff:a9fe:a9fe is a link-local address",
            "https://[64:ff9b::a00:1]/                 | 64:ff9b::a00:1 is a private (NAT64) address",
            "https://[fd00::1]/                        | fd00::1 is a private (unique local fc00::/7) address",
            "https://[fe80::1]/                        | fe80::1 is a link-local address",
            "https://[ff02::1]/                        | ff02::1 is a multicast address",
            "https://localhost/                        | localhost resolves to a loopback address",
            "http://93.184.216.34/                     | plain http to 93.184.216.34 is not allowed"})
    void refusesPermanently(String url, String reason) {
        DeliveryAttempt attempt = new OutboundHttp(OutboundSettings.defaults()).postJson(URI.create(url), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.error()).startsWith("refused: ").contains(reason)
                .doesNotContain("hunter2", "meta-data", "passwd");
    }

    @Test
    void refusesLoopbackWithoutAnAllowListAndSendsNothing() {
        DeliveryAttempt attempt = new OutboundHttp(OutboundSettings.defaults()).postJson(server.url("/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.error()).contains("127.0.0.1 is a loopback address");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void reachesAnAllowListedLoopbackHost() {
        OutboundSettings loopback = new OutboundSettings(List.of("127.0.0.1"), List.of("127.0.0.1"), null, null);

        DeliveryAttempt attempt = new OutboundHttp(loopback).postJson(server.url("/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void reachesALoopbackAddressInsideAnAllowListedRange() {
        OutboundSettings loopback = new OutboundSettings(List.of("127.0.0.0/8"), List.of("127.0.0.0/8"), null, null);

        DeliveryAttempt attempt = new OutboundHttp(loopback).postJson(server.url("/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
    }

    @Test
    void refusesPlainHttpToAHostAllowedPrivateButNotPlainHttp() {
        OutboundSettings privateOnly = new OutboundSettings(List.of("127.0.0.1"), List.of(), null, null);

        DeliveryAttempt attempt = new OutboundHttp(privateOnly).postJson(server.url("/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.error()).contains("plain http to 127.0.0.1 is not allowed");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsPrivate() {
        OutboundHttp http = new OutboundHttp(OutboundSettings.defaults(),
                host -> addresses("93.184.216.34", "10.0.0.5"));

        DeliveryAttempt attempt = http.postJson(URI.create("https://hooks.example.com/x?token=1"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
        assertThat(attempt.error()).isEqualTo("refused: hooks.example.com resolves to a private address (10.0.0.5),"
                + " which is refused unless allow-listed in allowPrivate");
    }

    @Test
    void letsAnAllowListedHostNameResolveToLoopback() {
        OutboundSettings named = new OutboundSettings(List.of("localhost"), List.of("localhost"), null, null);

        DeliveryAttempt attempt = new OutboundHttp(named)
                .postJson(URI.create("http://localhost:" + server.url("/").getPort() + "/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
    }

    @Test
    void anUnresolvableHostIsRetryable() {
        OutboundHttp http = new OutboundHttp(OutboundSettings.defaults(), host -> {
            throw new UnknownHostException(host);
        });

        DeliveryAttempt attempt = http.postJson(URI.create("https://hooks.example.com/"), BODY, Map.of());

        assertThat(attempt.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(attempt.error()).isEqualTo("cannot resolve hooks.example.com");
    }

    @Test
    void allowListEntriesMustBeHostsAddressesOrRanges() {
        assertThatThrownBy(() -> new OutboundSettings(List.of("10.0.0.0/8", "10.0.0.0/33"), null, null, null))
                .hasMessage("allowPrivate[1] has an invalid prefix length: '/33'");
        assertThatThrownBy(() -> new OutboundSettings(null, List.of("http://x"), null, null))
                .hasMessageStartingWith("allowPlainHttp[0] is not a host name, an IP address or a CIDR range");
        assertThatThrownBy(() -> new OutboundSettings(null, null, java.time.Duration.ZERO, null))
                .hasMessage("connectTimeout must be positive, was PT0S");
    }

    private static InetAddress[] addresses(String... literals) throws UnknownHostException {
        InetAddress[] addresses = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            addresses[i] = InetAddress.getByName(literals[i]);
        }
        return addresses;
    }
}
