package org.switchboard.core.notification;

import java.util.Objects;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;

/**
 * A queued proactive message.
 *
 * @param conversation  the conversation it is delivered into
 * @param channel       its channel
 * @param outboxEntryId the outbox entry that will deliver it
 */
public record Notification(ConversationId conversation, Channel channel, long outboxEntryId) {

    /** @throws NullPointerException if conversation or channel is null */
    public Notification {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(channel, "channel");
    }
}
