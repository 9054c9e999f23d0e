package org.switchboard.core.channel;

import java.util.Objects;

/**
 * A channel's own unique id for one inbound message: Slack {@code event_id}, Bot Framework Activity {@code id},
 * email {@code Message-ID}. Unique per {@link Channel}; the inbox dedupes on it.
 *
 * @param value the id as the channel sent it, 1 to 255 characters
 */
public record ExternalMessageId(String value) {
    /** Longest id the inbox stores. */
    public static final int MAX_LENGTH = 255;

    /**
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if value is blank or longer than {@link #MAX_LENGTH}
     */
    public ExternalMessageId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("external message id must have 1 to " + MAX_LENGTH + " characters");
        }
    }
}
