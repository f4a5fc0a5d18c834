package io.recruitflow.notifier.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * What counts as a host and as a public address for outbound deliveries. Pure functions, no DNS.
 *
 * <p>Hosts are accepted in three forms only: a DNS name, a canonical dotted quad ({@code 192.0.2.7})
 * and an IPv6 literal without a zone. The other numeric forms that {@code inet_aton} and so the system
 * resolver accept ({@code 0x7f000001}, {@code 2130706433}, {@code 0177.0.0.1}, {@code 127.1}) are not
 * DNS names (no top-level domain is numeric) and are refused rather than interpreted.
 */
final class OutboundHosts {

    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    /** A part {@code inet_aton} reads as a number: decimal, octal with a leading 0, or hex. */
    private static final Pattern NUMERIC_PART = Pattern.compile("0x[0-9a-f]*|\\d+");

    private OutboundHosts() {
    }

    /** The address an IP literal (IPv6 without brackets) denotes; null for anything else, DNS is never asked. */
    static InetAddress ipLiteral(String host) {
        boolean v4 = DOTTED_QUAD.matcher(host).matches();
        boolean v6 = host.indexOf(':') >= 0 && host.matches("[0-9a-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException malformed) {
            return null;
        }
    }

    /** A lower-case DNS name: letters, digits and inner hyphens in labels, and a last label that is no number. */
    static boolean isDnsName(String host) {
        String name = withoutTrailingDot(host);
        if (name.isEmpty() || name.length() > 253) {
            return false;
        }
        String[] labels = name.split("\\.", -1);
        return Arrays.stream(labels).allMatch(label -> LABEL.matcher(label).matches())
                && !NUMERIC_PART.matcher(labels[labels.length - 1]).matches();
    }

    static String withoutTrailingDot(String host) {
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /**
     * Why an address is not a public unicast address, e.g. {@code "loopback"}; null when it is public.
     * IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by that address.
     */
    static String nonPublicKind(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return nonPublicKindV4(b);
        }
        if (address instanceof Inet6Address) {
            return nonPublicKindV6(b);
        }
        return "unknown address family";
    }

    private static String nonPublicKindV4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return "unspecified (0.0.0.0/8)";
        }
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || first == 172 && (second & 0xf0) == 16 || first == 192 && second == 168) {
            return "private";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return "shared CGNAT (100.64.0.0/10)";
        }
        if (first == 192 && second == 0 && b[2] == 0 || first == 198 && (second & 0xfe) == 18) {
            return "reserved";
        }
        if ((first & 0xf0) == 224) {
            return "multicast";
        }
        if ((first & 0xf0) == 240) {
            return "reserved (240.0.0.0/4)";
        }
        return null;
    }

    private static String nonPublicKindV6(byte[] b) {
        if (allZero(b, 0, 15) && (b[15] & 0xff) <= 1) {
            return b[15] == 0 ? "unspecified (::)" : "loopback";
        }
        if (allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff || allZero(b, 0, 12)) {
            return embedded(b, 12, "IPv4-mapped or -compatible");
        }
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return embedded(b, 12, "NAT64");
        }
        if (b[0] == 0x20 && b[1] == 0x02) {
            return embedded(b, 2, "6to4");
        }
        int first = b[0] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return "private (unique local fc00::/7)";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0x80) {
            return "link-local";
        }
        if (first == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return "private (site-local fec0::/10)";
        }
        if (first == 0xff) {
            return "multicast";
        }
        return null;
    }

    private static String embedded(byte[] b, int from, String form) {
        String kind = nonPublicKindV4(Arrays.copyOfRange(b, from, from + 4));
        return kind == null ? null : kind + " (" + form + ")";
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
