package org.switchboard.core.reply;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a {@link ReplyContent}, as the outbox and review drafts store it (JSON-P):
 * <pre>{"blocks":[{"paragraph":"..."},{"source":{"title":"...","section":"...","url":"...","id":"..."}}],
 *  "choices":[{"number":1,"label":"..."}]}</pre>
 */
public final class ReplyContentJson {

    private ReplyContentJson() {
    }

    /**
     * @param content the reply; not null
     * @return its JSON text
     */
    public static String write(ReplyContent content) {
        JsonArrayBuilder blocks = JSON.createArrayBuilder();
        for (ReplyContent.Block block : content.blocks()) {
            if (block instanceof ReplyContent.Paragraph p) {
                blocks.add(JSON.createObjectBuilder().add("paragraph", p.text()));
            } else if (block instanceof ReplyContent.Source s) {
                blocks.add(JSON.createObjectBuilder().add("source", JSON.createObjectBuilder()
                        .add("title", s.title()).add("section", s.section()).add("url", s.url()).add("id", s.id())));
            }
        }
        JsonArrayBuilder choices = JSON.createArrayBuilder();
        content.choices().forEach(c -> choices.add(JSON.createObjectBuilder().add("number", c.number())
                .add("label", c.label())));
        return JSON.createObjectBuilder().add("blocks", blocks).add("choices", choices).build().toString();
    }

    /**
     * @param json text written by {@link #write}
     * @return the reply
     * @throws IllegalArgumentException when the text is not of that shape
     */
    public static ReplyContent read(String json) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<ReplyContent.Block> blocks = new ArrayList<>();
            for (JsonValue value : root.getJsonArray("blocks")) {
                JsonObject block = value.asJsonObject();
                if (block.containsKey("paragraph")) {
                    blocks.add(new ReplyContent.Paragraph(block.getString("paragraph")));
                } else {
                    JsonObject s = block.getJsonObject("source");
                    blocks.add(new ReplyContent.Source(s.getString("title"), s.getString("section", ""),
                            s.getString("url", ""), s.getString("id", "")));
                }
            }
            List<ReplyContent.ReplyChoice> choices = new ArrayList<>();
            JsonArray array = root.getJsonArray("choices");
            if (array != null) {
                for (JsonValue value : array) {
                    JsonObject c = value.asJsonObject();
                    choices.add(new ReplyContent.ReplyChoice(c.getInt("number"), c.getString("label")));
                }
            }
            return new ReplyContent(blocks, choices);
        } catch (JsonException | ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a stored reply content: " + e.getMessage(), e);
        }
    }
}
