package org.switchboard.core.channel;

import java.util.Objects;

/**
 * Who sent a message, as the channel verified it (Slack: {@code team:user}; Teams: tenant + AAD object id;
 * email: the address). Customers are looked up by this, never by anything the user typed.
 *
 * @param externalId  the channel's stable id for the sender, 1 to 255 characters
 * @param displayName a name to show, or null
 */
public record SenderIdentity(String externalId, String displayName) {
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
}
