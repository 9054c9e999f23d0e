package org.switchboard.teams.csat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class TeamsCsatCardsTest {

    @Test
    void theCardHasFiveUniversalActionsWithTheTokenAndTheScore() {
        ObjectNode card = TeamsCsatCards.question("tok-123");
        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("version").asText()).isEqualTo("1.4");
        assertThat(card.get("body").get(0).get("text").asText()).contains("How would you rate the help you got");
        JsonNode actions = card.get("actions");
        assertThat(actions).hasSize(5);
        for (int score = 1; score <= 5; score++) {
            JsonNode action = actions.get(score - 1);
            assertThat(action.get("type").asText()).isEqualTo("Action.Execute");
            assertThat(action.get("verb").asText()).isEqualTo(TeamsCsatCards.VERB);
            assertThat(action.get("data").get("csatToken").asText()).isEqualTo("tok-123");
            assertThat(action.get("data").get("score").asInt()).isEqualTo(score);
        }
    }
}
