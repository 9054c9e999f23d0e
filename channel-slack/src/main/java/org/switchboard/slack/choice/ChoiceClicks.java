package org.switchboard.slack.choice;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.Optional;
import java.util.Set;
import org.switchboard.slack.delivery.SlackReplies;
import org.switchboard.slack.events.SlackMessage;
import org.switchboard.slack.events.SlackText;

/**
 * Turns a click on an option button ({@link SlackReplies#CHOICE_ACTION}{@code N}) into the {@link SlackMessage} the
 * customer would have typed: the button's value (the option's full title) as text, from the clicking user, in the
 * clicked message's channel and thread ({@code container.thread_ts}, else {@code message.thread_ts}), so it lands
 * in the conversation that asked. Its id is {@code choice-<action_ts>-<user>}: a click delivered twice is stored once.
 */
public final class ChoiceClicks {

    private ChoiceClicks() {
    }

    /**
     * @param payload Bolt's parsed, verified {@code block_actions} payload
     * @param rawBody the request body as received
     * @return the message, or empty when the payload has no user, channel, option button or action timestamp
     */
    public static Optional<SlackMessage> toMessage(BlockActionPayload payload, String rawBody) {
        if (payload.getUser() == null || payload.getUser().getId() == null || payload.getActions() == null) {
            return Optional.empty();
        }
        BlockActionPayload.Action action = payload.getActions().stream()
                .filter(a -> a.getActionId() != null && a.getActionId().startsWith(SlackReplies.CHOICE_ACTION))
                .findFirst().orElse(null);
        String channel = payload.getChannel() != null ? payload.getChannel().getId()
                : payload.getContainer() == null ? null : payload.getContainer().getChannelId();
        if (action == null || action.getValue() == null || action.getValue().isBlank() || action.getActionTs() == null
                || channel == null) {
            return Optional.empty();
        }
        String team = payload.getUser().getTeamId() != null ? payload.getUser().getTeamId()
                : payload.getTeam() == null ? null : payload.getTeam().getId();
        String threadTs = payload.getContainer() != null && payload.getContainer().getThreadTs() != null
                ? payload.getContainer().getThreadTs()
                : payload.getMessage() == null ? null : payload.getMessage().getThreadTs();
        String user = payload.getUser().getId();
        return Optional.of(new SlackMessage("choice-" + action.getActionTs() + "-" + user, "message", null, team,
                channel, channel.startsWith("D") ? "im" : null, user, null, SlackText.escape(action.getValue()),
                action.getActionTs(), threadTs, Set.of(), null, rawBody));
    }
}
