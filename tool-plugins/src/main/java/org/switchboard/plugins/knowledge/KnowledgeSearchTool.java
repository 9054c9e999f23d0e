package org.switchboard.plugins.knowledge;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolResult;
import org.switchboard.core.tool.ToolRisk;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.arguments.ToolArguments;

/**
 * The {@value #NAME} tool: its definition for the model, argument checking and the result it gives back.
 * Never returns internal articles.
 *
 * <p>Result {@code data}: {@code {"hits": [{"documentId": string, "title": string, "section": string,
 * "passage": string, "url": string, "score": number, "confidence": number}]}}, most confident first; {@code url} is
 * the article's public address or empty; {@code score} is the BM25 score ({@link KnowledgeHit#score()}, 0 when only
 * the embeddings found the article) rounded to three decimals; {@code confidence} is the calibrated probability in
 * [0, 1] that the passage answers the query ({@link AnswerCalibration}), rounded to four decimals. {@code content}:
 * the same hits as numbered plain text, or a sentence saying nothing matched.
 */
final class KnowledgeSearchTool {

    /** The tool's function name. */
    static final String NAME = "search_knowledge_base";
    /** Hits returned when the call gives no {@code limit}. */
    static final int DEFAULT_LIMIT = 5;
    /** The schema's {@code maximum} for {@code limit}. */
    static final int MAX_LIMIT = 10;

    private static final String DESCRIPTION = """
            Search the help-center knowledge base (articles about products, accounts, cards, fees, limits, \
            policies and how-to steps) by meaning and keywords. Use it before answering any question about how \
            something works or what the rules are, and answer only from the passages it returns; if no passage \
            answers the question, say so instead of guessing. Returns up to `limit` passages, the best-matching \
            passage of each article, most confident first, each with the article title, section and a \
            confidence from 0 to 1 that it answers the query (below 0.5 it probably does not).""";

    private static final JsonObject PARAMETERS = JSON.createObjectBuilder()
            .add("type", "object")
            .add("properties", JSON.createObjectBuilder()
                    .add("query", JSON.createObjectBuilder()
                            .add("type", "string")
                            .add("description", "What to look for, in plain words: the customer's question or its key "
                                    + "terms, e.g. 'forgot online banking passcode' or 'close a checking account'. "
                                    + "No query syntax."))
                    .add("limit", JSON.createObjectBuilder()
                            .add("type", "integer")
                            .add("minimum", 1)
                            .add("maximum", MAX_LIMIT)
                            .add("description", "How many articles to return, 1 to " + MAX_LIMIT + "; default "
                                    + DEFAULT_LIMIT + ".")))
            .add("required", JSON.createArrayBuilder().add("query"))
            .build();

    private static final ToolDefinition DEFINITION = new ToolDefinition(NAME, DESCRIPTION, PARAMETERS, ToolRisk.READ);

    private KnowledgeSearchTool() {
    }

    /** @return the tool's definition: risk READ, parameters {@code query} (required string), {@code limit} (1..10) */
    static ToolDefinition definition() {
        return DEFINITION;
    }

    /**
     * Runs a search for a tool call. Internal articles are never included.
     *
     * @param index     the index to search
     * @param arguments the call's arguments
     * @return ok with the hits (possibly none), or an error result naming the bad argument
     */
    static ToolResult run(AnswerRetrieval retrieval, JsonObject arguments) {
        String query;
        int limit;
        try {
            query = ToolArguments.requiredString(arguments, "query");
            limit = ToolArguments.optionalInteger(arguments, "limit", 1, MAX_LIMIT).orElse(DEFAULT_LIMIT);
        } catch (InvalidToolArgumentException e) {
            return ToolResult.error(e.getMessage());
        }
        List<AnswerRetrieval.Scored> hits = retrieval.search(query, limit);
        return ToolResult.ok(text(query, hits), data(hits));
    }

    /**
     * @param query the query as given
     * @param hits  the hits
     * @return the hits as numbered plain text for the model and the transcript
     */
    static String text(String query, List<AnswerRetrieval.Scored> hits) {
        String shownQuery = query.length() > 200 ? query.substring(0, 197) + "..." : query;
        if (hits.isEmpty()) {
            return "No knowledge-base article matched \"" + shownQuery + "\".";
        }
        StringBuilder text = new StringBuilder()
                .append(hits.size()).append(hits.size() == 1 ? " article" : " articles")
                .append(" matched \"").append(shownQuery).append("\":");
        int n = 1;
        for (AnswerRetrieval.Scored hit : hits) {
            text.append("\n\n").append(n++).append(". ").append(hit.title());
            if (!hit.section().isEmpty()) {
                text.append(" > ").append(hit.section());
            }
            text.append(" (confidence ").append(String.format(java.util.Locale.ROOT, "%.2f", hit.confidence()))
                    .append(")\n").append(hit.passage());
        }
        return text.toString();
    }

    /**
     * @param hits the hits
     * @return {@code {"hits": [...]}} as described in the class comment
     */
    static JsonObject data(List<AnswerRetrieval.Scored> hits) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        for (AnswerRetrieval.Scored hit : hits) {
            array.add(JSON.createObjectBuilder()
                    .add("documentId", hit.documentId())
                    .add("title", hit.title())
                    .add("section", hit.section())
                    .add("passage", hit.passage())
                    .add("url", hit.url())
                    .add("score", Math.round(hit.bm25() * 1000d) / 1000d)
                    .add("confidence", Math.round(hit.confidence() * 10000d) / 10000d));
        }
        return JSON.createObjectBuilder().add("hits", array).build();
    }
}
