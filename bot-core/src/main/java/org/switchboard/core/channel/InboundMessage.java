package org.switchboard.core.channel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One customer message from any channel, normalized by the channel adapter after it verified the request.
 *
 * @param id           the channel's unique message id (dedupe key together with the channel)
 * @param conversation where the message belongs and where the reply goes
 * @param sender       the verified sender
 * @param text         plain text, channel markup removed (e.g. the bot's Slack mention); may be empty, never null
 * @param attachments  files listed with the message; never null
 * @param receivedAt   when the adapter received it
 * @param rawPayload   the request body as received, kept for audit (JSON for Slack/Teams, RFC 5322 for email)
 * @param noReplyReason null when the bot should answer; otherwise why the message is only stored (e.g. an
 *                      RFC 3834 auto-reply or a bounce), at most 200 characters: the turn records it in the
 *                      transcript and the audit log and sends nothing
 */
public record InboundMessage(ExternalMessageId id, ConversationRef conversation, SenderIdentity sender, String text,
                             List<Attachment> attachments, Instant receivedAt, String rawPayload,
                             String noReplyReason) {
    /** @throws NullPointerException if id, conversation, sender or receivedAt is null */
    public InboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(receivedAt, "receivedAt");
        text = text == null ? "" : text;
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        rawPayload = rawPayload == null ? "" : rawPayload;
        if (noReplyReason != null && noReplyReason.length() > 200) {
            noReplyReason = noReplyReason.substring(0, 200);
        }
    }

    /**
     * A message the bot answers.
     *
     * @param id           the channel's unique message id
     * @param conversation where it belongs and where the reply goes
     * @param sender       the verified sender
     * @param text         plain text
     * @param attachments  files listed with the message
     * @param receivedAt   when it was received
     * @param rawPayload   the request body as received
     */
    public InboundMessage(ExternalMessageId id, ConversationRef conversation, SenderIdentity sender, String text,
                          List<Attachment> attachments, Instant receivedAt, String rawPayload) {
        this(id, conversation, sender, text, attachments, receivedAt, rawPayload, null);
    }

    /** @return the channel, from the conversation reference */
    public Channel channel() {
        return conversation.channel();
    }
}
