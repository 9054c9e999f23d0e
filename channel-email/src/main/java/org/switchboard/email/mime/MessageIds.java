package org.switchboard.email.mime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.channel.ExternalMessageId;

/**
 * Message-IDs (RFC 5322 section 3.6.4) in one canonical form, so the inbox, the threading table and the reply
 * headers agree: {@code <id-left@id-right>} with angle brackets, surrounding white space and comments removed.
 * An id longer than {@link ExternalMessageId#MAX_LENGTH} becomes {@code sb-long-sha256:<hex>} (SHA-256 of the id);
 * a message without any id gets {@code sb-sha256:<hex>} from {@link #synthetic(List, byte[])}.
 */
public final class MessageIds {

    /** Prefix of ids computed for messages without a Message-ID. */
    public static final String SYNTHETIC_PREFIX = "sb-sha256:";
    /** Prefix of ids standing for a Message-ID too long to store. */
    public static final String LONG_PREFIX = "sb-long-sha256:";

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]*)>");
    private static final Pattern COMMENT = Pattern.compile("\\([^()]*\\)");

    private MessageIds() {
    }

    /**
     * @param headerValue a Message-ID header value (or one id), may be null
     * @return its canonical form, or empty when the value holds no id
     */
    public static Optional<String> canonical(String headerValue) {
        List<String> ids = parseList(headerValue);
        return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(0));
    }

    /**
     * Parses an {@code In-Reply-To} or {@code References} value: every {@code <...>} token in order, canonical,
     * without duplicates. A value without brackets that looks like one bare id ({@code local@domain}) is accepted.
     *
     * @param headerValue the header value, may be null
     * @return the ids, possibly empty
     */
    public static List<String> parseList(String headerValue) {
        List<String> ids = new ArrayList<>();
        if (headerValue == null || headerValue.isBlank()) {
            return ids;
        }
        Matcher m = BRACKETED.matcher(headerValue);
        while (m.find()) {
            add(ids, m.group(1));
        }
        if (ids.isEmpty()) {
            String bare = COMMENT.matcher(headerValue).replaceAll(" ").trim();
            if (!bare.isEmpty() && bare.indexOf(' ') < 0 && bare.indexOf('@') > 0) {
                add(ids, bare);
            }
        }
        return ids;
    }

    private static void add(List<String> ids, String inner) {
        String compact = inner.replaceAll("\\s+", "");
        if (compact.isEmpty()) {
            return;
        }
        String id = "<" + compact + ">";
        if (id.length() > ExternalMessageId.MAX_LENGTH) {
            id = LONG_PREFIX + sha256Hex(id.getBytes(StandardCharsets.UTF_8));
        }
        if (!ids.contains(id)) {
            ids.add(id);
        }
    }

    /**
     * A stable id for a message without a Message-ID: SHA-256 over its key header values and its body, so the same
     * message fetched twice gets the same id (and the inbox dedupes it) while two different messages do not.
     *
     * @param keyHeaders the values of Date, From, Sender, To, Cc, Subject, In-Reply-To and References, in this
     *                   order, null for absent ones
     * @param body       the raw body bytes (after the header block)
     * @return {@code sb-sha256:} and 64 hex digits
     */
    public static String synthetic(List<String> keyHeaders, byte[] body) {
        MessageDigest digest = sha256();
        for (String value : keyHeaders) {
            digest.update((value == null ? "\u0000" : value).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        digest.update(body);
        return SYNTHETIC_PREFIX + HexFormat.of().formatHex(digest.digest());
    }

    /**
     * A fresh Message-ID for a message we send: {@code <random UUID.sb@domain>}.
     *
     * @param domain the domain part, usually the support address's domain
     * @return the id in canonical form
     */
    public static String generate(String domain) {
        String right = domain == null || domain.isBlank() ? "switchboard.invalid" : domain;
        return "<" + UUID.randomUUID() + ".sb@" + right + ">";
    }

    /**
     * @param bytes input
     * @return lower-case hex SHA-256
     */
    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
