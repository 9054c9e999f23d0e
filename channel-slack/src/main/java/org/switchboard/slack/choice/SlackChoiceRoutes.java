package org.switchboard.slack.choice;

import com.slack.api.bolt.App;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.delivery.SlackReplies;
import org.switchboard.slack.events.RawBody;
import org.switchboard.slack.events.SlackInboundHandler;
import org.switchboard.slack.events.SlackMessage;

/**
 * Registers the Bolt {@code block_actions} handler of the clarifying question's buttons. Bolt has verified the
 * request signature (request signing v0) before it runs; the click is stored in the inbox on the request thread
 * ({@link SlackInboundHandler}) and acknowledged with an empty 200; the answer comes through the outbox.
 */
public final class SlackChoiceRoutes {

    private static final Logger LOG = Logs.logger(SlackChoiceRoutes.class);
    private static final Pattern ACTIONS = Pattern.compile("^" + Pattern.quote(SlackReplies.CHOICE_ACTION) + "[1-9]$");

    private final SlackInboundHandler handler;

    /** @param handler stores the click as the customer's next message */
    public SlackChoiceRoutes(SlackInboundHandler handler) {
        this.handler = handler;
    }

    /** @param app the Bolt app serving {@code /slack/interactivity} */
    public void register(App app) {
        app.blockAction(ACTIONS, (request, ctx) -> {
            Optional<SlackMessage> message = ChoiceClicks.toMessage(request.getPayload(), RawBody.get());
            if (message.isEmpty()) {
                LOG.warning("Choice block_actions payload without a user, channel or option acknowledged and ignored");
                return ctx.ack();
            }
            String outcome = handler.handle(message.get(), null);
            LOG.fine(() -> "Choice click " + message.get().eventId() + ": " + outcome);
            return ctx.ack();
        });
    }
}
