package org.switchboard.teams.csat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.csat.CsatService;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.activity.TeamsActivity;
import org.switchboard.teams.approval.UniversalActionResponse;

/**
 * Records a rating from a CSAT card's {@code Action.Execute} (verb {@value TeamsCsatCards#VERB}, data
 * {@code csatToken} and {@code score}) and answers with a card that replaces the question: "Thank you" when recorded,
 * "already rated" on a repeated click (nothing changes), an error (400) for an unknown token or a missing score.
 */
@ApplicationScoped
public class TeamsCsatHandler {

    private static final Logger LOG = Logs.logger(TeamsCsatHandler.class);

    @Inject
    CsatService csat;

    /**
     * @param action the normalized invoke
     * @return the Universal Action response body (sent with HTTP 200)
     */
    public JsonObject handle(TeamsActivity.CardAction action) {
        if (action.csatToken() == null || action.score() == null) {
            return UniversalActionResponse.error(400, "BadRequest", "The card does not carry a rating.");
        }
        try {
            CsatService.Outcome outcome = csat.rate(action.csatToken(), action.score(), null, "teams");
            LOG.info(() -> "CSAT click " + action.score() + "/5 in Teams: " + outcome);
            return switch (outcome) {
                case RECORDED -> UniversalActionResponse.card("Thank you!",
                        "You rated the help " + action.score() + " out of 5.");
                case ALREADY_RATED -> UniversalActionResponse.card("Thank you!", "Your rating was already recorded.");
                case UNKNOWN -> UniversalActionResponse.error(400, "NotFound", "This rating request is not known.");
            };
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Recording a CSAT rating from Teams failed", e);
            return UniversalActionResponse.error(500, "InternalError", "Your rating could not be recorded; try again.");
        }
    }
}
