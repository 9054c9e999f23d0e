package org.switchboard.bench.retrieval;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads retrieval queries and their relevance judgments. */
public final class JudgedQueries {

    /** Query text fields, in order of preference. */
    static final List<String> TEXT_FIELDS = List.of("customer_situation", "query", "text");

    /**
     * A query with the ids of its relevant articles.
     *
     * @param id       query id
     * @param text     query text
     * @param relevant relevant article ids (binary relevance), not empty
     */
    public record JudgedQuery(String id, String text, Set<String> relevant) {
    }

    private JudgedQueries() {
    }

    /**
     * Reads queries from JSON Lines: one object a line with a string {@code id} and the text in the first present of
     * {@code customer_situation} (tau2-bench dev_queries.jsonl), {@code query}, {@code text}; blank lines skipped.
     * Judgments come from {@code qrels} when given, else from each line's {@code required_documents} array. Queries
     * without any relevant article are left out (they cannot be scored).
     *
     * @param queriesFile the JSON Lines file
     * @param qrels       judgments from {@link #readQrels}, or null to use {@code required_documents}
     * @return the judged queries, in file order
     * @throws IOException if a file cannot be read or a line is malformed
     */
    public static List<JudgedQuery> read(Path queriesFile, Map<String, Set<String>> qrels) throws IOException {
        List<JudgedQuery> queries = new ArrayList<>();
        List<String> lines = Files.readAllLines(queriesFile, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            if (line.isBlank()) {
                continue;
            }
            JsonObject object;
            try (JsonReader reader = Json.createReader(new StringReader(line))) {
                object = reader.readObject();
            } catch (JsonException | IllegalStateException e) {
                throw new IOException(queriesFile + " line " + (n + 1) + ": not a JSON object", e);
            }
            String id = string(object, "id");
            String text = TEXT_FIELDS.stream().map(f -> string(object, f)).filter(s -> s != null).findFirst().orElse(null);
            if (id == null || text == null) {
                throw new IOException(queriesFile + " line " + (n + 1) + ": needs a string id and one of " + TEXT_FIELDS);
            }
            Set<String> relevant = qrels != null ? qrels.getOrDefault(id, Set.of()) : requiredDocuments(object);
            if (!relevant.isEmpty()) {
                queries.add(new JudgedQuery(id, text, Set.copyOf(relevant)));
            }
        }
        return queries;
    }

    /**
     * Reads BEIR-style judgments: tab-separated {@code query-id corpus-id score} with a header row; rows with a
     * score of 0 or less are not relevant.
     *
     * @param file the TSV file
     * @return relevant article ids by query id
     * @throws IOException if the file cannot be read or a row is malformed
     */
    public static Map<String, Set<String>> readQrels(Path file) throws IOException {
        Map<String, Set<String>> qrels = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            String[] columns = lines.get(n).split("\t");
            try {
                if (columns.length == 3 && Integer.parseInt(columns[2].strip()) > 0) {
                    qrels.computeIfAbsent(columns[0].strip(), k -> new LinkedHashSet<>()).add(columns[1].strip());
                } else if (columns.length != 3) {
                    throw new IOException(file + " line " + (n + 1) + ": expected 3 tab-separated columns");
                }
            } catch (NumberFormatException e) {
                throw new IOException(file + " line " + (n + 1) + ": score is not an integer", e);
            }
        }
        return qrels;
    }

    private static String string(JsonObject object, String name) {
        return object.get(name) instanceof JsonString s ? s.getString() : null;
    }

    private static Set<String> requiredDocuments(JsonObject object) {
        Set<String> ids = new LinkedHashSet<>();
        if (object.get("required_documents") instanceof JsonArray array) {
            for (JsonValue value : array) {
                if (value instanceof JsonString s) {
                    ids.add(s.getString());
                }
            }
        }
        return ids;
    }
}
