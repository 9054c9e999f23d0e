package org.switchboard.core.tool;

import java.util.Objects;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;

/**
 * Who a tool call is made for. The pipeline fills it from the verified channel identity of the message's
 * sender; a tool must use {@link #customerId()} and never an id typed by the user, so a customer can only see
 * and change their own data.
 *
 * @param customerId     the customer of the message's sender
 * @param conversationId the conversation the call belongs to
 * @param channel        the channel the customer wrote in
 * @param senderVerified whether the channel authenticated the sender
 *                       ({@link org.switchboard.core.channel.SenderIdentity#verified()}); when false,
 *                       {@link ToolRegistry} refuses every tool that acts on customer data
 *                       ({@link ToolPlugin#actsOnCustomerData(String)})
 */
public record ToolContext(CustomerId customerId, ConversationId conversationId, Channel channel,
                          boolean senderVerified) {
    /** @throws NullPointerException if any component is null */
    public ToolContext {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
    }

    /**
     * A context for an authenticated sender (Slack and Teams senders, approved calls, tests).
     *
     * @param customerId     the verified customer
     * @param conversationId the conversation the call belongs to
     * @param channel        the channel the customer wrote in
     * @throws NullPointerException if any argument is null
     */
    public ToolContext(CustomerId customerId, ConversationId conversationId, Channel channel) {
        this(customerId, conversationId, channel, true);
    }
}
