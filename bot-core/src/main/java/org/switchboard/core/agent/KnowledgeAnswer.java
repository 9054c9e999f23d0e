package org.switchboard.core.agent;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.core.tool.ToolResult;

/**
 * Decides what the {@code search_knowledge_base} tool's result lets the bot say ({@link #decide}) and formats a
 * quoted answer ({@link #compose}).
 *
 * <p>Expected tool data: {@code {"hits":[{"documentId","title","section","passage","url","score","confidence"}]}},
 * internal documents already left out by the tool; {@code confidence} is the calibrated probability in [0, 1] that
 * the hit answers the message (docs/ANSWERS.md). The policy, precision first:
 * <ul>
 *   <li><b>Answer</b> when the most confident hit reaches {@code minConfidence} and is clearly ahead: the next
 *       article is at least {@code minMargin} less confident, or below {@code clarifyMinConfidence};</li>
 *   <li><b>Clarify</b> when two or three different articles reach {@code clarifyMinConfidence} (and the best is not
 *       clearly ahead): the customer is asked which one they mean;</li>
 *   <li><b>Unknown</b> otherwise, and for a failed search or no hits.</li>
 * </ul>
 * A hit without a {@code confidence} (a knowledge tool that does not calibrate) has confidence 1 when it is the
 * tool's first usable hit and its {@code score} reaches {@code minScore}, and 0 otherwise (the former rule). Immutable and thread-safe.
 */
public final class KnowledgeAnswer {

    /** Default {@code minConfidence}: see docs/ANSWERS.md for how it was chosen. */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.45;
    /** Default {@code minMargin}. */
    public static final double DEFAULT_MIN_MARGIN = 0.1;
    /** Default {@code clarifyMinConfidence}. */
    public static final double DEFAULT_CLARIFY_MIN_CONFIDENCE = 0.3;

    private final double minConfidence;
    private final double minMargin;
    private final double clarifyMinConfidence;
    private final double minScore;
    private final int maxPassageChars;

    /**
     * A policy with the default confidence thresholds.
     *
     * @param minScore        the lowest BM25 score trusted for a hit that has no confidence, e.g. 12.0
     * @param maxPassageChars the longest passage quoted, in characters, at least 20 (longer ones are cut at a word
     *                        and end with " …", within the limit)
     * @throws IllegalArgumentException if maxPassageChars is below 20
     */
    public KnowledgeAnswer(double minScore, int maxPassageChars) {
        this(DEFAULT_MIN_CONFIDENCE, DEFAULT_MIN_MARGIN, DEFAULT_CLARIFY_MIN_CONFIDENCE, minScore, maxPassageChars);
    }

    /**
     * @param minConfidence        the lowest confidence answered from, in (0, 1] ({@code SWITCHBOARD_ANSWER_MIN_CONFIDENCE})
     * @param minMargin            how much more confident than the next article the answered one must be, in [0, 1]
     * @param clarifyMinConfidence the lowest confidence an article offered in a clarifying question needs, in (0, 1];
     *                             above {@code minConfidence} switches clarifying questions off
     * @param minScore             the lowest BM25 score trusted for a hit that has no confidence
     * @param maxPassageChars      the longest passage quoted, in characters, at least 20
     * @throws IllegalArgumentException if a threshold is out of range or maxPassageChars is below 20
     */
    public KnowledgeAnswer(double minConfidence, double minMargin, double clarifyMinConfidence, double minScore,
                           int maxPassageChars) {
        if (maxPassageChars < 20) {
            throw new IllegalArgumentException("maxPassageChars must be at least 20");
        }
        if (!(minConfidence > 0 && minConfidence <= 1) || !(clarifyMinConfidence > 0 && clarifyMinConfidence <= 1)
                || !(minMargin >= 0 && minMargin <= 1)) {
            throw new IllegalArgumentException("confidence thresholds must be in (0, 1] and the margin in [0, 1]: "
                    + minConfidence + ", " + clarifyMinConfidence + ", " + minMargin);
        }
        this.minConfidence = minConfidence;
        this.minMargin = minMargin;
        this.clarifyMinConfidence = clarifyMinConfidence;
        this.minScore = minScore;
        this.maxPassageChars = maxPassageChars;
    }

    /**
     * Applies the policy described above. Passages are given as the tool returned them (not cut).
     *
     * @param result the {@code search_knowledge_base} tool's result
     * @return Answer, Clarify (2 or 3 different articles, most confident first) or Unknown (with the best confidence,
     *         0 when the search failed or found nothing)
     */
    public KnowledgeDecision decide(ToolResult result) {
        List<KnowledgeCitation> hits = citations(result);
        if (hits.isEmpty()) {
            return new KnowledgeDecision.Unknown(0);
        }
        KnowledgeCitation best = hits.get(0);
        double next = hits.size() > 1 ? hits.get(1).confidence() : 0;
        if (best.confidence() >= minConfidence && (best.confidence() - next >= minMargin || next < clarifyMinConfidence)) {
            return new KnowledgeDecision.Answer(best);
        }
        List<KnowledgeCitation> options = hits.stream().filter(h -> h.confidence() >= clarifyMinConfidence)
                .limit(3).toList();
        if (options.size() >= 2) {
            return new KnowledgeDecision.Clarify(options);
        }
        return new KnowledgeDecision.Unknown(best.confidence());
    }

    /** @return the usable hits, one per article, most confident first */
    private List<KnowledgeCitation> citations(ToolResult result) {
        if (!result.success() || result.data() == null || !(result.data().get("hits") instanceof JsonArray array)) {
            return List.of();
        }
        List<KnowledgeCitation> citations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject hit)) {
                continue;
            }
            String id = hit.getString("documentId", "");
            String passage = hit.getString("passage", "").strip();
            if (id.isBlank() || passage.isEmpty() || !seen.add(id)) {
                continue;
            }
            citations.add(new KnowledgeCitation(id, hit.getString("title", ""), hit.getString("section", ""), passage,
                    hit.getString("url", ""), confidence(hit, citations.isEmpty())));
        }
        citations.sort(Comparator.comparingDouble(KnowledgeCitation::confidence).reversed());
        return citations;
    }

    /** A hit's confidence; without one, the tool's first hit is trusted on its score and the others not at all. */
    private double confidence(JsonObject hit, boolean first) {
        if (hit.get("confidence") instanceof JsonNumber confidence) {
            double value = confidence.doubleValue();
            return Double.isFinite(value) ? Math.max(0, Math.min(1, value)) : 0;
        }
        return first && hit.get("score") instanceof JsonNumber score && score.doubleValue() >= minScore ? 1 : 0;
    }

    /**
     * The reply for an {@link KnowledgeDecision.Answer} decision, in the current text format.
     *
     * @param result the tool's result
     * @return the reply text with the passage and its citation, or empty when {@link #decide} does not answer
     */
    public Optional<String> compose(ToolResult result) {
        if (!(decide(result) instanceof KnowledgeDecision.Answer answer)) {
            return Optional.empty();
        }
        KnowledgeCitation best = answer.citation();
        String title = best.title();
        String section = best.section();
        String passage = cut(best.passage());
        String heading = section.isBlank() || section.equalsIgnoreCase(title) ? title : title + " — " + section;
        return Optional.of("Here is what our help center says (" + heading + "):\n\n" + passage
                + "\n\nSource: \"" + title + "\" [" + best.documentId() + "]"
                + "\nIf this doesn't solve it, reply here and ask for a person, and I'll open a ticket for our team.");
    }

    private String cut(String passage) {
        if (passage.length() <= maxPassageChars) {
            return passage;
        }
        int room = maxPassageChars - 2;
        int end = passage.lastIndexOf(' ', room);
        return passage.substring(0, end > room / 2 ? end : room) + " …";
    }
}
