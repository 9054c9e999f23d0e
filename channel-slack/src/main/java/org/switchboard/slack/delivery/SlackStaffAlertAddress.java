package org.switchboard.slack.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.regex.Pattern;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.sla.StaffAlertAddress;
import org.switchboard.slack.events.SlackMessageNormalizer;

/**
 * Support-team alerts in Slack: the target is a channel id ({@code C0123ABCD}, a private {@code G...} or a DM
 * {@code D...}); alerts are posted at the top level of that channel by {@link SlackReplyDeliverer}.
 */
@ApplicationScoped
public class SlackStaffAlertAddress implements StaffAlertAddress {

    private static final Pattern CHANNEL_ID = Pattern.compile("^[CGD][A-Z0-9]{2,}$");

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public ConversationRef address(String target) {
        if (!CHANNEL_ID.matcher(target).matches()) {
            throw new IllegalArgumentException("a Slack channel id looks like C0123ABCD");
        }
        return new ConversationRef(Channel.SLACK, "staff-alerts/" + target, Map.of(SlackMessageNormalizer.CHANNEL, target));
    }
}
