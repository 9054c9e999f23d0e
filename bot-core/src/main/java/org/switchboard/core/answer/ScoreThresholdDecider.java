package org.switchboard.core.answer;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecider;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.tool.ToolResult;

/**
 * The decision policy on the search tool's raw score: the best hit is answered from when its score is at least
 * {@code minScore}; when {@code clarifyRatio} is above 0 and hits of one or two other articles score at least
 * {@code clarifyRatio} times the best (and at least {@code minScore}), the customer is asked which article they mean
 * instead. A hit's confidence is its {@code confidence} field when the tool sends one (in [0, 1]); else it is derived
 * from the score as {@code score / (score + minScore)}: 0.5 at the threshold, towards 1 for scores far above it (a
 * monotone squash, not a calibrated probability). Below the threshold the decision is
 * {@link KnowledgeDecision.Unknown} with that confidence.
 *
 * <p>Expected tool data: {@code {"hits":[{"documentId","title","section","passage","score","confidence"?,"url"?}]}},
 * best first.
 */
public final class ScoreThresholdDecider implements KnowledgeDecider {

    private final double minScore;
    private final double clarifyRatio;

    /**
     * @param minScore     the lowest score answered from, e.g. 12.0 for BM25
     * @param clarifyRatio from 0 (never ask) to 1: how close to the best another article must score to be offered
     *                     as an option
     * @throws IllegalArgumentException if clarifyRatio is outside [0, 1]
     */
    public ScoreThresholdDecider(double minScore, double clarifyRatio) {
        if (!(clarifyRatio >= 0 && clarifyRatio <= 1)) {
            throw new IllegalArgumentException("clarifyRatio must be in [0, 1]: " + clarifyRatio);
        }
        this.minScore = minScore;
        this.clarifyRatio = clarifyRatio;
    }

    @Override
    public KnowledgeDecision decide(ToolResult result) {
        if (!result.success() || !(result.data().get("hits") instanceof JsonArray hits) || hits.isEmpty()) {
            return new KnowledgeDecision.Unknown(0);
        }
        double best = score(hits.get(0));
        KnowledgeCitation top = citation(hits.get(0), minScore);
        if (top == null) {
            return new KnowledgeDecision.Unknown(0);
        }
        if (!(best >= minScore)) {
            return new KnowledgeDecision.Unknown(top.confidence());
        }
        if (clarifyRatio > 0) {
            List<KnowledgeCitation> options = new ArrayList<>(List.of(top));
            Set<String> documents = new LinkedHashSet<>(List.of(top.documentId()));
            for (JsonValue hit : hits.subList(1, hits.size())) {
                double score = score(hit);
                KnowledgeCitation other = citation(hit, minScore);
                if (other != null && score >= minScore && score >= clarifyRatio * best
                        && documents.add(other.documentId()) && options.size() < 3) {
                    options.add(other);
                }
            }
            if (options.size() >= 2) {
                return new KnowledgeDecision.Clarify(options);
            }
        }
        return new KnowledgeDecision.Answer(top);
    }

    private static double score(JsonValue hit) {
        return hit instanceof JsonObject o && o.get("score") instanceof JsonNumber n ? n.doubleValue() : Double.NaN;
    }

    /** @return the hit as a citation, or null when it has no id or passage */
    private static KnowledgeCitation citation(JsonValue value, double minScore) {
        if (!(value instanceof JsonObject hit)) {
            return null;
        }
        String id = hit.getString("documentId", "");
        String passage = hit.getString("passage", "").strip();
        if (id.isBlank() || passage.isEmpty()) {
            return null;
        }
        double score = score(hit);
        double confidence = hit.get("confidence") instanceof JsonNumber c ? Math.max(0, Math.min(1, c.doubleValue()))
                : score > 0 && minScore > 0 ? score / (score + minScore) : score > 0 ? 1.0 : 0.0;
        String url = hit.getString("url", "");
        if (!(url.startsWith("https://") || url.startsWith("http://"))) {
            url = "";
        }
        return new KnowledgeCitation(id, hit.getString("title", ""), hit.getString("section", ""), passage, url,
                confidence);
    }
}
