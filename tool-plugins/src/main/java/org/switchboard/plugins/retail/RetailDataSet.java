package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retail records as tau-bench ships them: three JSON objects keyed by id, each kept in file order.
 * Immutable (JSON-P values are), so one data set can seed any number of fresh {@link InMemoryRetailStore}s.
 *
 * @param users    user records by user id
 * @param orders   order records by order id
 * @param products product records by product id
 */
public record RetailDataSet(Map<String, JsonObject> users, Map<String, JsonObject> orders,
                            Map<String, JsonObject> products) {

    /** Class-path folder of the bundled sample data (tau-bench retail, MIT; see its SOURCES.md). */
    public static final String BUNDLED = "commerce/retail/";

    /** Copies the maps into unmodifiable, order-keeping maps. */
    public RetailDataSet {
        users = Collections.unmodifiableMap(new LinkedHashMap<>(users));
        orders = Collections.unmodifiableMap(new LinkedHashMap<>(orders));
        products = Collections.unmodifiableMap(new LinkedHashMap<>(products));
    }

    /**
     * @return the sample data bundled in this jar ({@value #BUNDLED}{@code users.json}, ...)
     * @throws IOException if a file is missing or not a JSON object
     */
    public static RetailDataSet bundled() throws IOException {
        ClassLoader loader = RetailDataSet.class.getClassLoader();
        return new RetailDataSet(read(loader.getResourceAsStream(BUNDLED + "users.json"), "users.json"),
                read(loader.getResourceAsStream(BUNDLED + "orders.json"), "orders.json"),
                read(loader.getResourceAsStream(BUNDLED + "products.json"), "products.json"));
    }

    /**
     * @param directory a folder holding {@code users.json}, {@code orders.json} and {@code products.json}
     * @return the data set
     * @throws IOException if a file is missing or not a JSON object
     */
    public static RetailDataSet fromDirectory(Path directory) throws IOException {
        return new RetailDataSet(read(Files.newInputStream(directory.resolve("users.json")), "users.json"),
                read(Files.newInputStream(directory.resolve("orders.json")), "orders.json"),
                read(Files.newInputStream(directory.resolve("products.json")), "products.json"));
    }

    private static Map<String, JsonObject> read(InputStream in, String name) throws IOException {
        if (in == null) {
            throw new IOException("retail data file not found: " + name);
        }
        try (in; JsonReader reader = JSON.createReader(in)) {
            Map<String, JsonObject> records = new LinkedHashMap<>();
            for (Map.Entry<String, JsonValue> entry : reader.readObject().entrySet()) {
                records.put(entry.getKey(), entry.getValue().asJsonObject());
            }
            return records;
        } catch (RuntimeException e) {
            throw new IOException("retail data file " + name + " is not a JSON object of records", e);
        }
    }
}
