package org.switchboard.core.sla;

import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;

/**
 * Port a channel adapter implements so the support team can be told things through the outbox (an SLA target about
 * to be missed): turns the configured target ({@code SWITCHBOARD_SLA_ALERT_TARGET}: a Slack channel id, a Teams
 * conversation id, an email address) into an address its {@link org.switchboard.core.channel.ReplyDeliverer} posts to.
 */
public interface StaffAlertAddress {

    /** @return the channel this adapter serves */
    Channel channel();

    /**
     * @param target the configured target
     * @return where to post alerts (a new top-level message, not a reply in a customer's conversation)
     * @throws IllegalArgumentException when the target is not a valid address in this channel
     */
    ConversationRef address(String target);
}
