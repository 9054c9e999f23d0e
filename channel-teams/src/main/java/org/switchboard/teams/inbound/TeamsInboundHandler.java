package org.switchboard.teams.inbound;

import com.microsoft.bot.schema.Activity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.core.inbox.InboxService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.activity.ActivityJson;
import org.switchboard.teams.activity.ActivityNormalizer;
import org.switchboard.teams.activity.TeamsActivity;
import org.switchboard.teams.approval.CardActionHandler;
import org.switchboard.teams.csat.TeamsCsatCards;
import org.switchboard.teams.csat.TeamsCsatHandler;
import org.switchboard.teams.auth.KeysUnavailableException;
import org.switchboard.teams.auth.TokenRejectedException;

/**
 * Handles one {@code POST /api/messages}: verify, parse, normalize, then store, welcome, decide or ignore. The token
 * is checked before anything is read from the activity beyond its {@code serviceUrl}, and nothing is stored or sent
 * for a request that fails it. Every refusal is logged as one warning with the endpoint, the status and the reason,
 * never the body or the token.
 */
@ApplicationScoped
public class TeamsInboundHandler {

    private static final Logger LOG = Logs.logger(TeamsInboundHandler.class);

    @Inject
    RequestAuthenticator authenticator;

    @Inject
    InboxService inbox;

    @Inject
    TeamsWelcome welcome;

    @Inject
    CardActionHandler cardActions;

    @Inject
    TeamsCsatHandler csatCards;

    @Inject
    Clock clock;

    /**
     * @param authorization the {@code Authorization} header, or null
     * @param body          the request body (UTF-8 text)
     * @return the HTTP answer
     */
    public InboundResult handle(String authorization, String body) {
        Optional<Activity> parsed = ActivityJson.parse(body);
        String serviceUrl = parsed.map(Activity::getServiceUrl).orElse(null);
        String channelId = parsed.map(Activity::getChannelId).orElse(null);
        try {
            authenticator.authenticate(authorization, serviceUrl, channelId);
        } catch (TokenRejectedException e) {
            LOG.warning(() -> "Teams request to " + TeamsMessagesServlet.PATH + " refused (401): " + e.getMessage());
            return new InboundResult(401, null, "rejected: " + e.getMessage());
        } catch (KeysUnavailableException e) {
            LOG.log(Level.SEVERE, "Teams request to " + TeamsMessagesServlet.PATH + " not verifiable now (503): "
                    + e.getMessage(), e);
            return new InboundResult(503, null, "keys unavailable");
        }
        if (parsed.isEmpty()) {
            LOG.warning(() -> "Teams request to " + TeamsMessagesServlet.PATH + " refused (400): the body ("
                    + body.length() + " chars) is not a Bot Framework activity");
            return new InboundResult(400, null, "ignored: not an activity");
        }
        Activity activity = parsed.get();
        TeamsActivity meaning;
        try {
            meaning = ActivityNormalizer.normalize(activity, body, clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Teams request to " + TeamsMessagesServlet.PATH + " refused (400): activity "
                    + activity.getId() + " (" + activity.getType() + ") could not be normalized", e);
            return new InboundResult(400, null, "ignored: malformed activity");
        }
        try {
            return dispatch(activity, meaning);
        } catch (PersistenceException e) {
            LOG.log(Level.SEVERE, "Teams activity " + activity.getId() + " could not be stored (503, Teams retries)", e);
            return new InboundResult(503, null, "storage unavailable");
        }
    }

    private InboundResult dispatch(Activity activity, TeamsActivity meaning) {
        if (meaning instanceof TeamsActivity.CustomerMessage m) {
            Acceptance acceptance = inbox.accept(m.message());
            if (acceptance == Acceptance.DUPLICATE) {
                LOG.info(() -> "Teams activity " + activity.getId() + " delivered again; already stored");
                return InboundResult.ok("duplicate");
            }
            return InboundResult.ok("accepted");
        }
        if (meaning instanceof TeamsActivity.BotAdded added) {
            boolean queued = welcome.welcome(added);
            return InboundResult.ok(queued ? "welcomed" : "ignored: conversation already welcomed");
        }
        if (meaning instanceof TeamsActivity.CardAction action && TeamsCsatCards.VERB.equalsIgnoreCase(action.verb())) {
            return new InboundResult(200, csatCards.handle(action).toString(), "csat rating");
        }
        if (meaning instanceof TeamsActivity.CardAction action) {
            return new InboundResult(200, cardActions.handle(action).toString(), "card action");
        }
        if (meaning instanceof TeamsActivity.UnsupportedInvoke invoke) {
            LOG.info(() -> "Teams invoke " + invoke.name() + " is not implemented (501)");
            return new InboundResult(501, null, "ignored: invoke " + invoke.name());
        }
        TeamsActivity.Ignored ignored = (TeamsActivity.Ignored) meaning;
        LOG.fine(() -> "Teams activity " + activity.getId() + " (" + activity.getType() + ") gets no reply: "
                + ignored.reason());
        return InboundResult.ok("ignored: " + ignored.reason());
    }
}
