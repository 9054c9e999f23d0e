package org.switchboard.core.answer;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.core.agent.KnowledgeCitation;

/**
 * The JSON form of a list of {@link KnowledgeCitation}s (JSON-P), as a conversation keeps the options of its pending
 * clarifying question: {@code [{"documentId","title","section","passage","url","confidence"}]}, in order.
 */
public final class CitationsJson {

    private CitationsJson() {
    }

    /**
     * @param citations the citations, in order
     * @return their JSON text
     */
    public static String write(List<KnowledgeCitation> citations) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (KnowledgeCitation c : citations) {
            array.add(JSON.createObjectBuilder().add("documentId", c.documentId()).add("title", c.title())
                    .add("section", c.section()).add("passage", c.passage()).add("url", c.url())
                    .add("confidence", c.confidence()));
        }
        return array.build().toString();
    }

    /**
     * @param json text written by {@link #write}, or null
     * @return the citations, in order; empty for null or blank text
     * @throws IllegalArgumentException when the text is not of that shape
     */
    public static List<KnowledgeCitation> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            List<KnowledgeCitation> citations = new ArrayList<>();
            for (JsonValue value : reader.readArray()) {
                JsonObject o = value.asJsonObject();
                citations.add(new KnowledgeCitation(o.getString("documentId"), o.getString("title", ""),
                        o.getString("section", ""), o.getString("passage", ""), o.getString("url", ""),
                        o.getJsonNumber("confidence").doubleValue()));
            }
            return List.copyOf(citations);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a stored list of citations: " + e.getMessage(), e);
        }
    }
}
