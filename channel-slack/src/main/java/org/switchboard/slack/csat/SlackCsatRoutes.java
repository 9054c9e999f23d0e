package org.switchboard.slack.csat;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.switchboard.core.csat.CsatService;
import org.switchboard.core.privacy.Logs;

/**
 * Registers the Bolt {@code block_actions} handler of the CSAT buttons ({@link SlackCsatMessage#ACTION}{@code 1-5}).
 * Bolt has verified the request signature (request signing v0) before it runs. The rating is recorded on the request
 * thread (one short transaction: the token looked up, the first rating kept, a repeated click changing nothing) and
 * acknowledged with an empty 200. A click is never stored in the inbox, so it never reaches the agent pipeline.
 */
public final class SlackCsatRoutes {

    private static final Logger LOG = Logs.logger(SlackCsatRoutes.class);
    private static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackCsatMessage.ACTION) + "[1-5]$");

    private final CsatService csat;

    /** @param csat records ratings */
    public SlackCsatRoutes(CsatService csat) {
        this.csat = csat;
    }

    /** @param app the Bolt app serving {@code /slack/interactivity} */
    public void register(App app) {
        app.blockAction(ACTIONS, (request, ctx) -> {
            BlockActionPayload.Action action = request.getPayload().getActions() == null ? null
                    : request.getPayload().getActions().stream()
                    .filter(a -> a.getActionId() != null && ACTIONS.matcher(a.getActionId()).matches())
                    .findFirst().orElse(null);
            if (action == null || action.getValue() == null) {
                LOG.warning("CSAT block_actions payload without a rating button or token acknowledged and ignored");
                return ctx.ack();
            }
            int score = action.getActionId().charAt(action.getActionId().length() - 1) - '0';
            CsatService.Outcome outcome = csat.rate(action.getValue(), score, null, "slack");
            LOG.info(() -> "CSAT click " + score + "/5 in Slack: " + outcome);
            return ctx.ack();
        });
    }
}
