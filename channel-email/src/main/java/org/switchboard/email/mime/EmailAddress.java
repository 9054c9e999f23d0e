package org.switchboard.email.mime;

import java.util.Locale;
import java.util.Objects;

/**
 * One mailbox from an address header (RFC 5322 section 3.4), as Jakarta Mail parsed it.
 *
 * @param address     the addr-spec, lower-cased (local parts are case-sensitive in theory, never in practice; one
 *                    customer must not become two identities), never blank
 * @param displayName the decoded display name (RFC 2047 encoded words decoded; CR, LF, TAB and NUL replaced by a
 *                    space), or null
 */
public record EmailAddress(String address, String displayName) {

    /**
     * @throws NullPointerException     if address is null
     * @throws IllegalArgumentException if address is blank
     */
    public EmailAddress {
        Objects.requireNonNull(address, "address");
        address = address.trim().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new IllegalArgumentException("empty address");
        }
        // a decoded display name may carry CR/LF (=?utf-8?Q?Eve=0D=0ABcc:...?=): it ends up in our reply's To
        displayName = displayName == null ? null : displayName.replaceAll("[\\r\\n\\t\\x00]+", " ").strip();
        displayName = displayName == null || displayName.isEmpty() ? null : displayName;
    }

    /** @return the part before the last {@code @} (the whole address when there is none) */
    public String localPart() {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : address.substring(0, at);
    }

    /** @return the part after the last {@code @}, or "" when there is none */
    public String domain() {
        int at = address.lastIndexOf('@');
        return at < 0 ? "" : address.substring(at + 1);
    }
}
