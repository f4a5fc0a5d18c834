package io.recruitflow.notifier.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Allow-list entries: names exactly, addresses and CIDR ranges by their bits, either IP version. */
class HostListTest {

    private final HostList list = HostList.parse(List.of("10.20.0.0/16", "192.168.1.7", "fd00:abcd::/32",
            "hooks.internal.example"), "allowPrivate");

    @Test
    void anIpv4RangeHoldsItsAddressesAndNoneAroundIt() throws UnknownHostException {
        assertThat(list.contains(ip("10.20.0.0"))).isTrue();
        assertThat(list.contains(ip("10.20.255.255"))).isTrue();
        assertThat(list.contains(ip("10.21.0.0"))).isFalse();
        assertThat(list.contains(ip("10.19.255.255"))).isFalse();
    }

    @Test
    void aSingleAddressIsAFullLengthRange() throws UnknownHostException {
        assertThat(list.contains(ip("192.168.1.7"))).isTrue();
        assertThat(list.contains(ip("192.168.1.8"))).isFalse();
    }

    @Test
    void anIpv6RangeHoldsItsAddressesAndNeverAnIpv4One() throws UnknownHostException {
        assertThat(list.contains(ip("fd00:abcd:1::5"))).isTrue();
        assertThat(list.contains(ip("fd00:abce::1"))).isFalse();
        assertThat(list.contains(ip("10.20.1.1"))).isTrue();
        assertThat(HostList.parse(List.of("::/0"), "allowPrivate").contains(ip("10.20.1.1"))).isFalse();
        assertThat(HostList.parse(List.of("0.0.0.0/0"), "allowPrivate").contains(ip("fd00:abcd:1::5"))).isFalse();
    }

    @Test
    void namesMatchAsWrittenInAUrlWithOrWithoutTheTrailingDot() {
        assertThat(list.matchesHost("hooks.internal.example")).isTrue();
        assertThat(list.matchesHost("hooks.internal.example.")).isTrue();
        assertThat(list.matchesHost("other.internal.example")).isFalse();
        assertThat(list.matchesHost("10.20.3.4")).isTrue();
        assertThat(list.matchesHost("fd00:abcd::9")).isTrue();
    }

    @Test
    void aPrefixThatIsNoNumberOrTooLongIsRefusedWithTheSettingsName() {
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/-1", "10.0.0.0/x", "10.0.0.0/", "fd00::/129")) {
            assertThatThrownBy(() -> HostList.parse(List.of(bad), "allowPrivate"))
                    .hasMessageStartingWith("allowPrivate[0] has an invalid prefix length");
        }
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
