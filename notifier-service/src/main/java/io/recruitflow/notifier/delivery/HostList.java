package io.recruitflow.notifier.delivery;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An allow-list of hosts: exact host names, and IP ranges (a single address is a full-length range). */
final class HostList {

    private final Set<String> names;
    private final List<Range> ranges;

    private HostList(Set<String> names, List<Range> ranges) {
        this.names = names;
        this.ranges = ranges;
    }

    /**
     * Parses entries without touching DNS.
     *
     * @param field names the setting in error messages
     */
    static HostList parse(List<String> entries, String field) {
        List<String> names = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i) == null ? "" : entries.get(i).trim().toLowerCase(Locale.ROOT);
            String where = field + "[" + i + "]";
            int slash = entry.indexOf('/');
            InetAddress address = OutboundHosts.ipLiteral(slash < 0 ? entry : entry.substring(0, slash));
            if (address != null) {
                ranges.add(Range.of(address, slash < 0 ? null : entry.substring(slash + 1), where));
            } else if (slash < 0 && OutboundHosts.isDnsName(entry)) {
                names.add(OutboundHosts.withoutTrailingDot(entry));
            } else {
                throw new IllegalArgumentException(where + " is not a host name, an IP address or a CIDR range: '"
                        + entry + "'");
            }
        }
        return new HostList(Set.copyOf(names), List.copyOf(ranges));
    }

    /** Whether the host as written in a URL (lower case, IPv6 without brackets) is listed. */
    boolean matchesHost(String host) {
        InetAddress literal = OutboundHosts.ipLiteral(host);
        return literal != null ? contains(literal) : names.contains(OutboundHosts.withoutTrailingDot(host));
    }

    boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    private record Range(byte[] network, int prefix) {

        static Range of(InetAddress address, String prefixText, String where) {
            int bits = address.getAddress().length * 8;
            int prefix = bits;
            if (prefixText != null) {
                try {
                    prefix = Integer.parseInt(prefixText);
                } catch (NumberFormatException notANumber) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bits || !prefixText.matches("\\d{1,3}")) {
                    throw new IllegalArgumentException(where + " has an invalid prefix length: '/" + prefixText + "'");
                }
            }
            return new Range(address.getAddress(), prefix);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
