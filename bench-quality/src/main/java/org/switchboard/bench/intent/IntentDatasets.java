package org.switchboard.bench.intent;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.core.intent.LabelledExample;

/** Reads the labelled-message files of the public intent data sets. */
public final class IntentDatasets {

    private IntentDatasets() {
    }

    /**
     * Reads a BANKING77-style CSV (PolyAI {@code banking_data/*.csv}): UTF-8, RFC 4180 quoting, a header row naming
     * the columns {@code text} and {@code category} (others are ignored), one message a row.
     *
     * @param file the CSV file
     * @return the examples, in file order
     * @throws IOException if the file cannot be read, lacks a column, or a row has an empty text or category
     */
    public static List<LabelledExample> readBanking77Csv(Path file) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledExample> examples = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (!header.containsKey("text") || !header.containsKey("category")) {
                throw new IOException(file + ": the header must name the columns text and category, found "
                        + header.keySet());
            }
            for (CSVRecord row : parser) {
                String text = row.isSet("text") ? row.get("text") : "";
                String category = row.isSet("category") ? row.get("category").strip() : "";
                if (text.isBlank() || category.isEmpty()) {
                    throw new IOException(file + " line " + parser.getCurrentLineNumber()
                            + ": empty text or category");
                }
                examples.add(new LabelledExample(text, category));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": malformed CSV: " + e.getMessage(), e);
        }
        if (examples.isEmpty()) {
            throw new IOException(file + ": no examples");
        }
        return examples;
    }

    /**
     * Reads a CLINC150-style JSON file (oos-eval {@code data_full.json} layout): a JSON object whose members are
     * arrays of {@code [text, intent]} pairs, e.g. {@code {"val": [...], "oos_val": [...]}}. Every member is read, in
     * file order; out-of-scope messages carry the label {@code oos}.
     *
     * @param file the JSON file
     * @return all examples of all members
     * @throws IOException if the file cannot be read or is not of that shape
     */
    public static List<LabelledExample> readClincJson(Path file) throws IOException {
        JsonObject root;
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            root = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IOException(file + ": not a JSON object: " + e.getMessage(), e);
        }
        List<LabelledExample> examples = new ArrayList<>();
        for (Map.Entry<String, JsonValue> part : root.entrySet()) {
            if (!(part.getValue() instanceof JsonArray pairs)) {
                throw new IOException(file + ": member " + part.getKey() + " is not an array");
            }
            for (int i = 0; i < pairs.size(); i++) {
                if (!(pairs.get(i) instanceof JsonArray pair) || pair.size() != 2
                        || !(pair.get(0) instanceof JsonString text) || !(pair.get(1) instanceof JsonString intent)
                        || intent.getString().isBlank()) {
                    throw new IOException(file + ": " + part.getKey() + "[" + i + "] is not a [text, intent] pair");
                }
                examples.add(new LabelledExample(text.getString(), intent.getString()));
            }
        }
        if (examples.isEmpty()) {
            throw new IOException(file + ": no examples");
        }
        return examples;
    }
}
