package org.switchboard.core.channel;

import java.util.Objects;
import org.switchboard.core.reply.ReplyContent;

/**
 * A reply the outbox asks a channel to deliver.
 *
 * @param outboxId     the outbox entry's id; stable across retries, usable as an idempotency key
 * @param conversation where to deliver it
 * @param text         the reply text (plain text; channels may render light Markdown); for a reply with
 *                     {@code content}, its plain-text form, which text-only channels (email) send as it is
 * @param content      the reply with structure (a cited source with its link, a clarifying question's options),
 *                     which channels render in their own markup (Slack mrkdwn and buttons, a Teams Adaptive Card);
 *                     null for a reply that is only text
 */
public record OutboundReply(long outboxId, ConversationRef conversation, String text, ReplyContent content) {
    /** @throws NullPointerException if conversation or text is null */
    public OutboundReply {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(text, "text");
    }

    /**
     * A reply that is only text.
     *
     * @param outboxId     the outbox entry's id
     * @param conversation where to deliver it
     * @param text         the reply text
     */
    public OutboundReply(long outboxId, ConversationRef conversation, String text) {
        this(outboxId, conversation, text, null);
    }
}
