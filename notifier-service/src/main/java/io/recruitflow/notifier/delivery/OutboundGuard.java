package io.recruitflow.notifier.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Decides whether an outbound request may go to a URL, so that a subscription cannot aim
 * notifications at the service's own network (SSRF): {@code https} only, plain {@code http} for
 * allow-listed hosts; no user info; hosts as proper DNS names or plain IP literals; and every address
 * the host resolves to must be public unless the host or the address is allow-listed.
 *
 * <p>Reasons name the host at most, never the path or query, which may carry tokens.
 */
final class OutboundGuard {

    /** Resolves a host name to all its addresses; {@link InetAddress#getAllByName} in production. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final HostList allowPrivate;
    private final HostList allowPlainHttp;
    private final Resolver resolver;

    OutboundGuard(OutboundSettings settings, Resolver resolver) {
        this.allowPrivate = HostList.parse(settings.allowPrivate(), "allowPrivate");
        this.allowPlainHttp = HostList.parse(settings.allowPlainHttp(), "allowPlainHttp");
        this.resolver = resolver;
    }

    /** The reason to refuse the URL from its text alone, or null; asks no DNS (for start-up checks). */
    String refusalWithoutDns(URI url) {
        String refusal = formRefusal(url);
        return refusal != null ? refusal : plainHttpRefusal(url);
    }

    /**
     * The reason to refuse the URL, or null when it may be requested. Resolves the host: it is refused
     * if any of its addresses is not public, unless the host itself or that address is in allowPrivate.
     *
     * @throws UnknownHostException when the host cannot be resolved (worth retrying)
     */
    String refusal(URI url) throws UnknownHostException {
        String refusal = formRefusal(url);
        if (refusal == null) {
            refusal = addressRefusal(host(url));
        }
        return refusal != null ? refusal : plainHttpRefusal(url);
    }

    private String formRefusal(URI url) {
        if (!url.isAbsolute() || url.isOpaque()) {
            return "only absolute https URLs are allowed";
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "scheme '" + scheme + "' is not allowed: https only (http for hosts in allowPlainHttp)";
        }
        String authority = url.getRawAuthority();
        if (url.getRawUserInfo() != null || authority != null && authority.contains("@")) {
            return "URLs with user info are refused";
        }
        String host = host(url);
        if (host == null) {
            return "the URL has no host";
        }
        if (OutboundHosts.ipLiteral(host) == null && !OutboundHosts.isDnsName(host)) {
            return "host '" + host + "' is neither a DNS name nor a plain IP address"
                    + " (numeric forms such as 0x7f000001, 2130706433, 0177.0.0.1 or 127.1 are refused)";
        }
        return null;
    }

    private String addressRefusal(String host) throws UnknownHostException {
        if (allowPrivate.matchesHost(host)) {
            return null;
        }
        InetAddress literal = OutboundHosts.ipLiteral(host);
        InetAddress[] addresses = literal != null ? new InetAddress[] {literal} : resolver.resolve(host);
        for (InetAddress address : addresses) {
            String kind = OutboundHosts.nonPublicKind(address);
            if (kind != null && !allowPrivate.contains(address)) {
                return host + (literal != null ? " is" : " resolves to") + " a " + kind + " address ("
                        + address.getHostAddress() + "), which is refused unless allow-listed in allowPrivate";
            }
        }
        return null;
    }

    private String plainHttpRefusal(URI url) {
        String host = host(url);
        if (url.getScheme().equalsIgnoreCase("http") && !allowPlainHttp.matchesHost(host)) {
            return "plain http to " + host + " is not allowed: https only unless the host is in allowPlainHttp";
        }
        return null;
    }

    /**
     * The host in lower case, IPv6 without brackets; null when the URL has none. Where {@link URI} finds
     * no valid host ({@code 127.1}, {@code under_score}) it is the authority's host part as written.
     */
    static String host(URI url) {
        String host = url.getHost();
        if (host == null && url.getRawAuthority() != null) {
            host = url.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":\\d*$", "");
        }
        if (host == null || host.isEmpty()) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
