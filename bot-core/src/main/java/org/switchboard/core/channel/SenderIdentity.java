package org.switchboard.core.channel;

import java.util.Objects;

/**
 * Who sent a message, as the channel verified it (Slack: {@code team:user}; Teams: tenant + AAD object id;
 * email: the address). Customers are looked up by this, never by anything the user typed.
 *
 * <p>A channel that cannot authenticate the sender (email without a passing DMARC, DKIM or SPF result from the
 * trusted receiving server) names the sender with {@link #unverified(String, String)}: the external id is the
 * claimed id behind {@value #UNVERIFIED_PREFIX}, so the claim becomes a customer of its own, never the customer who
 * really owns that address, and {@link #verified()} is false. Tools that act on a customer's data refuse such a
 * sender ({@link org.switchboard.core.tool.ToolContext#senderVerified()}).
 *
 * @param externalId  the channel's stable id for the sender, 1 to 255 characters
 * @param displayName a name to show, or null
 */
public record SenderIdentity(String externalId, String displayName) {

    /** How the external id of a sender the channel could not authenticate starts. */
    public static final String UNVERIFIED_PREFIX = "unverified:";

    /**
     * @throws NullPointerException     if externalId is null
     * @throws IllegalArgumentException if externalId is blank or longer than 255 characters
     */
    public SenderIdentity {
        Objects.requireNonNull(externalId, "externalId");
        if (externalId.isBlank() || externalId.length() > 255) {
            throw new IllegalArgumentException("sender id must have 1 to 255 characters");
        }
    }

    /**
     * A sender the channel could not authenticate (see the type's description).
     *
     * @param claimedId   the id the message claims (an email's From address), not blank
     * @param displayName a name to show, or null
     * @return the identity {@value #UNVERIFIED_PREFIX}{@code claimedId}
     * @throws IllegalArgumentException if the claimed id is blank or the result is longer than 255 characters
     */
    public static SenderIdentity unverified(String claimedId, String displayName) {
        if (claimedId == null || claimedId.isBlank()) {
            throw new IllegalArgumentException("claimed id must not be blank");
        }
        return new SenderIdentity(UNVERIFIED_PREFIX + claimedId, displayName);
    }

    /** @return whether the channel authenticated this sender (false for {@link #unverified(String, String)}) */
    public boolean verified() {
        return !externalId.startsWith(UNVERIFIED_PREFIX);
    }
}
