package org.switchboard.core.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.switchboard.core.agent.KnowledgeAnswerTest.hit;
import static org.switchboard.core.agent.KnowledgeAnswerTest.result;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.tool.ToolResult;

class ScoreThresholdDeciderTest {

    @Test
    void aHitAboveTheThresholdIsAnsweredWithAConfidenceFromItsScore() {
        KnowledgeDecision decision = new ScoreThresholdDecider(12.0, 0).decide(result(
                hit("kb-1", "Lost card", "First steps", "Freeze it.", 36.0), hit("kb-2", "Other", "", "Other.", 35.0)));

        assertThat(decision).isInstanceOf(KnowledgeDecision.Answer.class);
        KnowledgeCitation cited = ((KnowledgeDecision.Answer) decision).citation();
        assertThat(cited.documentId()).isEqualTo("kb-1");
        assertThat(cited.section()).isEqualTo("First steps");
        assertThat(cited.confidence()).isEqualTo(0.75);
    }

    @Test
    void theToolsOwnConfidenceAndAddressAreUsedWhenItSendsThem() {
        ToolResult found = result(Json.createObjectBuilder(hit("kb-1", "Lost card", "", "Freeze it.", 15.0))
                .add("confidence", 0.42).add("url", "https://help.example/lost").build());

        KnowledgeCitation cited = ((KnowledgeDecision.Answer) new ScoreThresholdDecider(12.0, 0).decide(found)).citation();

        assertThat(cited.confidence()).isEqualTo(0.42);
        assertThat(cited.url()).isEqualTo("https://help.example/lost");
    }

    @Test
    void closeHitsOfOtherArticlesAreOfferedAsAClarifyingQuestion() {
        KnowledgeDecision decision = new ScoreThresholdDecider(12.0, 0.8).decide(result(
                hit("kb-1", "Lock your card", "", "Lock it.", 20.0),
                hit("kb-1", "Lock your card", "More", "Unlock it.", 19.5),
                hit("kb-2", "Replace a card", "", "Replace it.", 17.0),
                hit("kb-3", "Card fees", "", "Fees.", 10.0)));

        assertThat(decision).isInstanceOf(KnowledgeDecision.Clarify.class);
        assertThat(((KnowledgeDecision.Clarify) decision).options()).extracting(KnowledgeCitation::documentId)
                .containsExactly("kb-1", "kb-2");
    }

    @Test
    void belowTheThresholdOrWithoutHitsItDoesNotKnow() {
        ScoreThresholdDecider decider = new ScoreThresholdDecider(12.0, 0.8);
        assertThat(decider.decide(result(hit("kb-1", "T", "", "P.", 11.9)))).isInstanceOf(KnowledgeDecision.Unknown.class);
        assertThat(decider.decide(result()).confidence()).isZero();
        assertThat(decider.decide(ToolResult.error("index unavailable"))).isInstanceOf(KnowledgeDecision.Unknown.class);
    }
}
