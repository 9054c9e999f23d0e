package org.switchboard.slack.approval;

import com.slack.api.bolt.App;
import java.util.regex.Pattern;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Registers the Bolt {@code block_actions} handler of the approval buttons ({@link ApprovalMessages#APPROVE},
 * {@link ApprovalMessages#DENY}). Bolt has already verified the request signature (request signing v0) before the
 * handler runs. The click is decided on the request thread (a database transaction; an approved call runs there,
 * once), then acknowledged with an empty 200; what the user sees comes through the outbox.
 */
public final class SlackApprovalRoutes {

    private static final Logger LOG = Logs.logger(SlackApprovalRoutes.class);
    private static final Pattern ACTIONS = Pattern.compile(
            "^(" + Pattern.quote(ApprovalMessages.APPROVE) + "|" + Pattern.quote(ApprovalMessages.DENY) + ")$");

    private final SlackApprovalDecider decider;

    /** @param decider decides each click */
    public SlackApprovalRoutes(SlackApprovalDecider decider) {
        this.decider = decider;
    }

    /** @param app the Bolt app serving {@code /slack/events} and {@code /slack/interactivity} */
    public void register(App app) {
        app.blockAction(ACTIONS, (request, ctx) -> {
            String actionId = request.getPayload().getActions().stream().map(a -> a.getActionId())
                    .filter(id -> id != null && ACTIONS.matcher(id).matches()).findFirst().orElse(null);
            ApprovalClick click = actionId == null ? null : ApprovalClick.from(request.getPayload(), actionId);
            if (click == null) {
                LOG.warning("Approval block_actions payload without a user or action acknowledged and ignored");
                return ctx.ack();
            }
            SlackApprovalDecider.Outcome outcome = decider.decide(click);
            LOG.info(() -> "Approval click " + click.actionId() + " on " + click.value() + " by " + click.actor()
                    + ": " + outcome);
            return ctx.ack();
        });
    }
}
