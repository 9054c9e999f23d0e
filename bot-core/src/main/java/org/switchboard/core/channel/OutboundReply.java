package org.switchboard.core.channel;

import java.util.Objects;

/**
 * A reply the outbox asks a channel to deliver.
 *
 * @param outboxId     the outbox entry's id; stable across retries, usable as an idempotency key
 * @param conversation where to deliver it
 * @param text         the reply text (plain text; channels may render light Markdown)
 */
public record OutboundReply(long outboxId, ConversationRef conversation, String text) {
    /** @throws NullPointerException if conversation or text is null */
    public OutboundReply {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(text, "text");
    }
}
