package org.switchboard.core.answer;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecision;

/**
 * How a help-center decision is written into the transcript: its kind ({@code ANSWER}, {@code CLARIFY},
 * {@code UNKNOWN}), its confidence, and the passages it rests on as JSON
 * {@code [{"documentId","section","confidence"}]} (one for an answer, the options of a clarifying question, none for
 * "I don't know").
 */
public final class DecisionRecords {

    private DecisionRecords() {
    }

    /**
     * @param decision a decision
     * @return {@code ANSWER}, {@code CLARIFY} or {@code UNKNOWN}
     */
    public static String kind(KnowledgeDecision decision) {
        if (decision instanceof KnowledgeDecision.Answer) {
            return "ANSWER";
        }
        return decision instanceof KnowledgeDecision.Clarify ? "CLARIFY" : "UNKNOWN";
    }

    /**
     * @param decision a decision
     * @return the passages it rests on, as JSON text
     */
    public static String sources(KnowledgeDecision decision) {
        List<KnowledgeCitation> cited = decision instanceof KnowledgeDecision.Answer a ? List.of(a.citation())
                : decision instanceof KnowledgeDecision.Clarify c ? c.options() : List.of();
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (KnowledgeCitation c : cited) {
            array.add(JSON.createObjectBuilder().add("documentId", c.documentId()).add("section", c.section())
                    .add("confidence", c.confidence()));
        }
        return array.build().toString();
    }
}
