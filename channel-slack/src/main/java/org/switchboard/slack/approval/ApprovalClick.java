package org.switchboard.slack.approval;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Objects;

/**
 * One click on an approval button, taken from a {@code block_actions} interactivity payload (Slack "block_actions
 * payloads": {@code user.id}, {@code user.team_id} or {@code team.id}, {@code actions[].action_id/value},
 * {@code channel.id} or {@code container.channel_id}, {@code container.message_ts}).
 *
 * @param teamId    the workspace id, or {@code -} when the payload has none
 * @param userId    the clicking user's id; never null
 * @param actionId  {@link ApprovalMessages#APPROVE} or {@link ApprovalMessages#DENY}
 * @param value     the button's value: the approval request id as sent (not yet validated), or null
 * @param channelId the channel the message is in, or null
 * @param messageTs the clicked message's ts, or null
 */
public record ApprovalClick(String teamId, String userId, String actionId, String value, String channelId,
                            String messageTs) {

    /** @throws NullPointerException if userId or actionId is null */
    public ApprovalClick {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(actionId, "actionId");
        teamId = teamId == null || teamId.isBlank() ? "-" : teamId;
    }

    /**
     * @param payload  Bolt's parsed {@code block_actions} payload
     * @param actionId the action that matched
     * @return the click, or null when the payload has no user or no such action
     */
    public static ApprovalClick from(BlockActionPayload payload, String actionId) {
        if (payload.getUser() == null || payload.getUser().getId() == null || payload.getActions() == null) {
            return null;
        }
        BlockActionPayload.Action action = payload.getActions().stream()
                .filter(a -> actionId.equals(a.getActionId())).findFirst().orElse(null);
        if (action == null) {
            return null;
        }
        String team = payload.getUser().getTeamId() != null ? payload.getUser().getTeamId()
                : payload.getTeam() == null ? null : payload.getTeam().getId();
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        String ts = payload.getContainer() == null ? null : payload.getContainer().getMessageTs();
        return new ApprovalClick(team, payload.getUser().getId(), actionId, action.getValue(), channel, ts);
    }

    /** @return the actor recorded for a decision: {@code slack:<team>:<user>} */
    public String actor() {
        return "slack:" + teamId + ":" + userId;
    }

    /** @return whether the click is on the Approve button */
    public boolean approves() {
        return ApprovalMessages.APPROVE.equals(actionId);
    }
}
