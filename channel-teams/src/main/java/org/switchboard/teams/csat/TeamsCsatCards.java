package org.switchboard.teams.csat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.switchboard.core.csat.CsatQuestion;
import org.switchboard.teams.delivery.TeamsReplies;

/**
 * The CSAT question as an Adaptive Card 1.4 ("Universal Actions for Adaptive Cards"): a wrapped text block with
 * {@link CsatQuestion#PROMPT} and five {@code Action.Execute} buttons, verb {@value #VERB}, data
 * {@code {"csatToken": "<token>", "score": n}}. Teams sends a click as an {@code invoke} named
 * {@code adaptiveCard/action}, answered with a card that replaces this one ({@link TeamsCsatHandler}).
 */
public final class TeamsCsatCards {

    /** The verb of the rating buttons. */
    public static final String VERB = "csat";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TeamsCsatCards() {
    }

    /**
     * @param token the request's token
     * @return the card
     */
    public static ObjectNode question(String token) {
        ArrayNode body = NODES.arrayNode();
        body.add(NODES.objectNode().put("type", "TextBlock").put("text", CsatQuestion.PROMPT).put("wrap", true));
        ArrayNode actions = NODES.arrayNode();
        for (int score = 1; score <= 5; score++) {
            actions.add(NODES.objectNode().put("type", "Action.Execute").put("title", CsatQuestion.label(score))
                    .put("verb", VERB)
                    .set("data", NODES.objectNode().put("csatToken", token).put("score", score)));
        }
        return TeamsReplies.card(body, actions);
    }
}
