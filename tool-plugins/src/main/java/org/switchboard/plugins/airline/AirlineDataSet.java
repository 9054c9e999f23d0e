package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The airline records as tau-bench ships them, each file a JSON object keyed by id, kept in file order.
 * Immutable; one data set seeds any number of fresh {@link InMemoryAirlineStore}s.
 *
 * @param users        user records by user id
 * @param flights      flight records by flight number
 * @param reservations reservation records by reservation id
 */
public record AirlineDataSet(Map<String, JsonObject> users, Map<String, JsonObject> flights,
                             Map<String, JsonObject> reservations) {

    /** Class-path folder of the bundled sample data (tau-bench airline, MIT; see its SOURCES.md). */
    public static final String BUNDLED = "commerce/airline/";

    /** Copies the maps into unmodifiable, order-keeping maps. */
    public AirlineDataSet {
        users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
        flights = Collections.unmodifiableMap(new LinkedHashMap<>(flights));
        reservations = Collections.unmodifiableMap(new LinkedHashMap<>(reservations));
    }

    /**
     * @return the sample data bundled in this jar
     * @throws IOException if a file is missing or not a JSON object
     */
    public static AirlineDataSet bundled() throws IOException {
        return new AirlineDataSet(read("users.json"), read("flights.json"), read("reservations.json"));
    }

    private static Map<String, JsonObject> read(String name) throws IOException {
        InputStream in = AirlineDataSet.class.getClassLoader().getResourceAsStream(BUNDLED + name);
        if (in == null) {
            throw new IOException("airline data file not found: " + BUNDLED + name);
        }
        try (in; JsonReader reader = JSON.createReader(in)) {
            Map<String, JsonObject> records = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : reader.readObject().entrySet()) {
                records.put(entry.getKey(), entry.getValue().asJsonObject());
            }
            return records;
        } catch (RuntimeException e) {
            throw new IOException("airline data file " + name + " is not a JSON object of records", e);
        }
    }
}
