package org.switchboard.plugins.commerce.replay;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.plugins.commerce.JsonComparison;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * Runs the tasks of a fixture file ({@code {"tasks": [{"task_index", "calls": [{"name", "arguments",
 * "output"}], "changed_records": {table: {id: record}}}]}}) through a {@link ReplayDomain}, each task in a fresh
 * session.
 */
public final class ReplayRunner {

    private final ReplayDomain domain;

    /** @param domain the domain whose tools replay the calls */
    public ReplayRunner(ReplayDomain domain) {
        this.domain = Objects.requireNonNull(domain, "domain");
    }

    /**
     * @param fixture a fixture file
     * @return the tasks of the file
     * @throws IOException if the file cannot be read or has no {@code tasks} array
     */
    public static List<JsonObject> readTasks(Path fixture) throws IOException {
        try (InputStream in = Files.newInputStream(fixture); JsonReader reader = JSON.createReader(in)) {
            return reader.readObject().getJsonArray("tasks").getValuesAs(JsonObject.class);
        } catch (RuntimeException e) {
            throw new IOException(fixture + " is not a replay fixture file", e);
        }
    }

    /**
     * @param task one fixture task
     * @return what matched and what did not
     */
    public TaskOutcome replay(JsonObject task) {
        int index = task.getInt("task_index", -1);
        List<String> mismatches = new ArrayList<>();
        ReplaySession session = domain.newSession();
        List<JsonObject> calls = task.getJsonArray("calls").getValuesAs(JsonObject.class);
        int identical = 0;
        for (int i = 0; i < calls.size(); i++) {
            JsonObject call = calls.get(i);
            String expected = call.getString("output");
            String actual;
            try {
                actual = session.call(call.getString("name"), call.getJsonObject("arguments"));
            } catch (RuntimeException e) {
                actual = "exception " + e;
            }
            if (expected.equals(actual)) {
                identical++;
            }
            if (!JsonComparison.outputsMatch(expected, actual)) {
                mismatches.add("call " + i + " " + call.getString("name") + ": expected " + abbreviate(expected)
                        + " but got " + abbreviate(actual));
            }
        }
        compareRecords(task.getJsonObject("changed_records"), session.changedRecords(), mismatches);
        return new TaskOutcome(index, calls.size(), identical, mismatches);
    }

    private static void compareRecords(JsonObject expected, Map<String, Map<String, JsonObject>> actual,
                                       List<String> mismatches) {
        Set<String> tables = new TreeSet<>(actual.keySet());
        if (expected != null) {
            tables.addAll(expected.keySet());
        }
        for (String table : tables) {
            JsonObject want = expected == null ? JsonValue.EMPTY_JSON_OBJECT
                    : expected.getOrDefault(table, JsonValue.EMPTY_JSON_OBJECT).asJsonObject();
            Map<String, JsonObject> got = actual.getOrDefault(table, Map.of());
            Set<String> ids = new TreeSet<>(want.keySet());
            ids.addAll(got.keySet());
            for (String id : ids) {
                JsonValue wanted = want.get(id);
                JsonObject record = got.get(id);
                if (wanted == null) {
                    mismatches.add(table + " " + id + " changed but should not: " + abbreviate(JsonDocuments.dumps(record)));
                } else if (record == null) {
                    mismatches.add(table + " " + id + " should have changed to " + abbreviate(JsonDocuments.dumps(wanted)));
                } else if (!JsonComparison.equal(wanted, record)) {
                    mismatches.add(table + " " + id + ": expected " + abbreviate(JsonDocuments.dumps(wanted))
                            + " but got " + abbreviate(JsonDocuments.dumps(record)));
                }
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "...";
    }
}
