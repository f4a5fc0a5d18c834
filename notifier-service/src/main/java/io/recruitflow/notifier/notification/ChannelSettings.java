package io.recruitflow.notifier.notification;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import io.recruitflow.contracts.webhooks.StandardWebhooks;

/**
 * One channel of a recruiter subscription, as configured. Built by hand or bound from
 * configuration; invalid settings fail here, at start-up, with a message naming the field (never a
 * secret's value).
 *
 * @param type    how to reach the recruiter
 * @param url     where to post: WEBHOOK and SLACK only
 * @param secrets Standard Webhooks secrets, {@code whsec_<base64>}: WEBHOOK only, at least one; with
 *                several (during a rotation) every request carries one signature per secret
 * @param to      e-mail recipients: EMAIL only, at least one
 * @param from    the e-mail sender: EMAIL only
 */
public record ChannelSettings(Type type, URI url, List<String> secrets, List<String> to, String from) {

    public enum Type { WEBHOOK, SLACK, EMAIL, LOG }

    /** Standard Webhooks asks for secrets of 24 to 64 bytes. */
    private static final int MIN_SECRET_BYTES = 24;

    /** Deliberately plain: one {@code @}, no white space or control characters (which could split a header). */
    private static final Pattern MAILBOX = Pattern.compile("[^@\\s\\p{Cntrl}<>,;\"]+@[^@\\s\\p{Cntrl}<>,;\"]+");

    public ChannelSettings {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
        to = to == null ? List.of() : List.copyOf(to);
        if (type == null) {
            throw new IllegalArgumentException("type is required: one of WEBHOOK, SLACK, EMAIL, LOG");
        }
        boolean http = type == Type.WEBHOOK || type == Type.SLACK;
        if (http && url == null) {
            throw new IllegalArgumentException("url is required for a " + type + " channel");
        }
        if (!http && url != null) {
            throw new IllegalArgumentException("url applies to WEBHOOK and SLACK channels only, not " + type);
        }
        if (type == Type.WEBHOOK && secrets.isEmpty()) {
            throw new IllegalArgumentException("secrets: a WEBHOOK channel needs at least one whsec_ secret to sign with");
        }
        if (type != Type.WEBHOOK && !secrets.isEmpty()) {
            throw new IllegalArgumentException("secrets apply to WEBHOOK channels only, not " + type);
        }
        for (int i = 0; i < secrets.size(); i++) {
            secretKey(secrets, i);
        }
        if (type == Type.EMAIL) {
            if (to.isEmpty()) {
                throw new IllegalArgumentException("to: an EMAIL channel needs at least one recipient");
            }
            for (int i = 0; i < to.size(); i++) {
                requireMailbox(to.get(i), "to[" + i + "]");
            }
            requireMailbox(from, "from");
        } else if (!to.isEmpty() || from != null) {
            throw new IllegalArgumentException("to and from apply to EMAIL channels only, not " + type);
        }
    }

    /** The HMAC key of {@code secrets[index]}: the bytes after {@code whsec_}, base64-decoded. */
    public static byte[] secretKey(List<String> secrets, int index) {
        String secret = secrets.get(index);
        String field = "secrets[" + index + "]";
        if (secret == null || !secret.startsWith(StandardWebhooks.SECRET_PREFIX)) {
            throw new IllegalArgumentException(field + " must look like whsec_<base64>");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(secret.substring(StandardWebhooks.SECRET_PREFIX.length()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(field + " is not base64 after the whsec_ prefix");
        }
        if (key.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException(field + " is too short: Standard Webhooks secrets have at least "
                    + MIN_SECRET_BYTES + " bytes");
        }
        return key;
    }

    private static void requireMailbox(String address, String field) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException(field + " is required for an EMAIL channel");
        }
        if (!MAILBOX.matcher(address).matches()) {
            throw new IllegalArgumentException(field + " is not a plain e-mail address (name@domain)");
        }
    }
}
