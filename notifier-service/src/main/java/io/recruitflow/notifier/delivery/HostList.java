package io.recruitflow.notifier.delivery;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

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

    /**
     * One range, matched by Spring Security's {@link IpAddressMatcher}, which never puts an IPv4 address
     * in an IPv6 range nor the other way round; the prefix is checked here first, so a bad one is
     * refused at start-up with the setting's name.
     */
    private record Range(IpAddressMatcher matcher) {

        static Range of(InetAddress address, String prefixText, String where) {
            int bits = address.getAddress().length * 8;
            if (prefixText != null && (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > bits)) {
                throw new IllegalArgumentException(where + " has an invalid prefix length: '/" + prefixText + "'");
            }
            String range = literal(address) + "/" + (prefixText == null ? bits : Integer.parseInt(prefixText));
            return new Range(new IpAddressMatcher(range));
        }

        boolean contains(InetAddress address) {
            return matcher.matches(literal(address));
        }

        /** The address as text without an IPv6 scope ("%eth0"), which a range does not have. */
        private static String literal(InetAddress address) {
            String text = address.getHostAddress();
            int scope = text.indexOf('%');
            return scope < 0 ? text : text.substring(0, scope);
        }
    }
}
