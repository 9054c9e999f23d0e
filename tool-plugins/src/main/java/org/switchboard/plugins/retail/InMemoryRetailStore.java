package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.switchboard.plugins.commerce.JsonComparison;

/**
 * A {@link RetailStore} in memory, seeded from a {@link RetailDataSet}; the tau-bench replay and the unit tests
 * use one fresh store per task. Not thread-safe.
 */
public final class InMemoryRetailStore implements RetailStore {

    private final RetailDataSet original;
    private final Map<String, JsonObject> users;
    private final Map<String, JsonObject> orders;
    private final Map<String, JsonObject> products;

    /** @param data the records to start from; never changed */
    public InMemoryRetailStore(RetailDataSet data) {
        this.original = data;
        this.users = new LinkedHashMap<>(data.users());
        this.orders = new LinkedHashMap<>(data.orders());
        this.products = new LinkedHashMap<>(data.products());
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public Optional<JsonObject> findOrder(String orderId) {
        return Optional.ofNullable(orders.get(orderId));
    }

    @Override
    public Optional<JsonObject> findProduct(String productId) {
        return Optional.ofNullable(products.get(productId));
    }

    @Override
    public List<JsonObject> products() {
        return new ArrayList<>(products.values());
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return users.entrySet().stream()
                .filter(e -> e.getValue().getString("email", "").toLowerCase(Locale.ROOT).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Optional<String> findUserIdByNameZip(String firstName, String lastName, String zip) {
        return users.entrySet().stream()
                .filter(e -> RetailUsers.matchesNameZip(e.getValue(), firstName, lastName, zip))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public void saveUser(String userId, JsonObject user) {
        users.put(userId, user);
    }

    @Override
    public void saveOrder(String orderId, JsonObject order) {
        orders.put(orderId, order);
    }

    /**
     * Every record that differs from the data the store started with, as tau-bench's replay fixtures list them
     * ({@code changed_records}).
     *
     * @return table name ({@code users}, {@code orders}, {@code products}) to changed records by id; tables
     *         without changes are left out
     */
    public Map<String, Map<String, JsonObject>> changedRecords() {
        Map<String, Map<String, JsonObject>> changed = new LinkedHashMap<>();
        collect("orders", original.orders(), orders, changed);
        collect("users", original.users(), users, changed);
        collect("products", original.products(), products, changed);
        return changed;
    }

    private static void collect(String table, Map<String, JsonObject> before, Map<String, JsonObject> after,
                                Map<String, Map<String, JsonObject>> changed) {
        Map<String, JsonObject> records = new LinkedHashMap<>();
        after.forEach((id, record) -> {
            if (!JsonComparison.equal(before.get(id), record)) {
                records.put(id, record);
            }
        });
        if (!records.isEmpty()) {
            changed.put(table, records);
        }
    }
}
