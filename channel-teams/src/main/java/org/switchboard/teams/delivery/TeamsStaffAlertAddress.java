package org.switchboard.teams.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.sla.StaffAlertAddress;
import org.switchboard.teams.activity.TeamsRefs;
import org.switchboard.teams.config.TeamsSettings;

/**
 * Support-team alerts in Teams: the target is a conversation id (a channel's {@code 19:...@thread.tacv2} or a chat);
 * the Bot Connector's service URL is {@code TEAMS_APPROVER_SERVICE_URL} (the team's region, as for the approvers'
 * cards). Alerts are posted as new messages (no reply-to) by {@link TeamsReplyDeliverer}.
 */
@ApplicationScoped
public class TeamsStaffAlertAddress implements StaffAlertAddress {

    @Inject
    TeamsSettings settings;

    @Override
    public Channel channel() {
        return Channel.TEAMS;
    }

    @Override
    public ConversationRef address(String target) {
        String serviceUrl = settings.approverServiceUrl()
                .orElseThrow(() -> new IllegalArgumentException("TEAMS_APPROVER_SERVICE_URL is not set"));
        if (target.length() > 200) {
            throw new IllegalArgumentException("a Teams conversation id has at most 200 characters here");
        }
        return new ConversationRef(Channel.TEAMS, "staff-alerts/" + target,
                Map.of(TeamsRefs.SERVICE_URL, serviceUrl, TeamsRefs.CONVERSATION_ID, target));
    }
}
