package jp.sitegate.domain.model.notification;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a webhook may be delivered (issue 15, OWASP ASVS 4.0 §12.6, server-side request forgery): to public
 * addresses only. A host resolving to any loopback, link-local, private (RFC 1918, IPv6 unique local), carrier-grade
 * NAT, multicast or unspecified address is refused, unless the setting {@code sitegate.webhook.allowed-hosts} names
 * it (the tests' receiver on 127.0.0.1). Checked when a distributor subscribes and again before every delivery, so a
 * name re-pointed at an internal address afterwards (DNS rebinding) is refused then.
 *
 * @param allowedHosts host names or literal addresses allowed although not public, lower case
 */
public record WebhookAddresses(Set<String> allowedHosts) {

    /**
     * @param setting the comma-separated setting, or {@code null}
     * @return the policy
     */
    public static WebhookAddresses of(String setting) {
        return new WebhookAddresses(setting == null ? Set.of() : Arrays.stream(setting.split(","))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** Why a host is refused. */
    public enum Refusal {
        /** The name does not resolve. */
        UNKNOWN_HOST,
        /** It resolves to an address that is not public. */
        NOT_PUBLIC
    }

    /**
     * @param host a URL's host (a name, an IPv4 literal or a bracketed IPv6 literal)
     * @return why it is refused, or {@code null} when a webhook may go there
     */
    public Refusal check(String host) {
        String h = host == null ? "" : host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (allowedHosts.contains(h)) {
            return null;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(h);
        } catch (UnknownHostException | SecurityException e) {
            return Refusal.UNKNOWN_HOST;
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                return Refusal.NOT_PUBLIC;
            }
        }
        return null;
    }

    /**
     * @param a an address
     * @return false for loopback, link-local, site-local (private), carrier-grade NAT (100.64/10), IPv6 unique
     *         local (fc00::/7), multicast and unspecified addresses, IPv4-mapped IPv6 ones included
     */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return !(first == 100 && second >= 64 && second < 128) && first != 0 && !(first == 198 && (second == 18
                    || second == 19)) && first < 224;
        }
        if (a instanceof Inet6Address) {
            return (b[0] & 0xfe) != 0xfc;
        }
        return true;
    }
}
