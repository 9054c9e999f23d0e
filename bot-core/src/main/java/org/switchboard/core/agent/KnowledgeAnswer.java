package org.switchboard.core.agent;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.switchboard.core.tool.ToolResult;

/**
 * Turns the result of the {@code search_knowledge_base} tool into a reply with a citation, when its best hit is
 * good enough.
 *
 * <p>Expected tool data: {@code {"hits":[{"documentId","title","section","passage","score"}]}}, best first,
 * internal documents already left out by the tool. A hit is good enough when its BM25 score is at least
 * {@code minScore}.
 */
public final class KnowledgeAnswer {

    private final double minScore;
    private final int maxPassageChars;

    /**
     * @param minScore        the lowest BM25 score answered from, e.g. 12.0
     * @param maxPassageChars the longest passage quoted, in characters, at least 20 (longer ones are cut at a word
     *                        and end with " …", within the limit)
     * @throws IllegalArgumentException if maxPassageChars is below 20
     */
    public KnowledgeAnswer(double minScore, int maxPassageChars) {
        if (maxPassageChars < 20) {
            throw new IllegalArgumentException("maxPassageChars must be at least 20");
        }
        this.minScore = minScore;
        this.maxPassageChars = maxPassageChars;
    }

    /**
     * @param result the tool's result
     * @return the reply text with the passage and its citation, or empty when nothing good enough was found
     */
    public Optional<String> compose(ToolResult result) {
        if (!result.success()) {
            return Optional.empty();
        }
        JsonValue hits = result.data().get("hits");
        if (!(hits instanceof JsonArray array) || array.isEmpty() || !(array.get(0) instanceof JsonObject best)) {
            return Optional.empty();
        }
        if (!(best.get("score") instanceof JsonNumber score) || score.doubleValue() < minScore) {
            return Optional.empty();
        }
        String title = best.getString("title", "");
        String section = best.getString("section", "");
        String passage = cut(best.getString("passage", "").strip());
        if (passage.isEmpty()) {
            return Optional.empty();
        }
        String heading = section.isBlank() || section.equalsIgnoreCase(title) ? title : title + " — " + section;
        return Optional.of("Here is what our help center says (" + heading + "):\n\n" + passage
                + "\n\nSource: \"" + title + "\" [" + best.getString("documentId", "") + "]"
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
