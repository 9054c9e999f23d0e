package org.switchboard.core.conversation;

/**
 * The database id of a {@link Conversation}, as a value so it cannot be mixed up with other ids.
 *
 * @param value the primary key, positive
 */
public record ConversationId(long value) {
    /** @throws IllegalArgumentException if value is not positive */
    public ConversationId {
        if (value <= 0) {
            throw new IllegalArgumentException("conversation id must be positive: " + value);
        }
    }
}
