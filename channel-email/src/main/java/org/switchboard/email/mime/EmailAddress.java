package org.switchboard.email.mime;

import java.util.Locale;
import java.util.Objects;

/**
 * One mailbox from an address header (RFC 5322 section 3.4), as Jakarta Mail parsed it.
 *
 * @param address     the addr-spec, lower-cased (local parts are case-sensitive in theory, never in practice; one
 *                    customer must not become two identities), never blank
 * @param displayName the decoded display name (RFC 2047 encoded words decoded), or null
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
        displayName = displayName == null || displayName.isBlank() ? null : displayName.strip();
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
