package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.plugins.commerce.JsonComparison;

/** An {@link AirlineStore} in memory, seeded from an {@link AirlineDataSet}; one per replayed task. Not thread-safe. */
public final class InMemoryAirlineStore implements AirlineStore {

    private final AirlineDataSet original;
    private final Map<String, JsonObject> users;
    private final Map<String, JsonObject> flights;
    private final Map<String, JsonObject> reservations;

    /** @param data the records to start from; never changed */
    public InMemoryAirlineStore(AirlineDataSet data) {
        this.original = data;
        this.users = new LinkedHashMap<>(data.users());
        this.flights = new LinkedHashMap<>(data.flights());
        this.reservations = new LinkedHashMap<>(data.reservations());
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        return Optional.ofNullable(users.get(userId));
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        String wanted = email.toLowerCase(java.util.Locale.ROOT);
        return users.entrySet().stream()
                .filter(e -> e.getValue().getString("email", "").toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Optional<JsonObject> findReservation(String reservationId) {
        return Optional.ofNullable(reservations.get(reservationId));
    }

    @Override
    public boolean reservationIdTaken(String reservationId) {
        return reservations.containsKey(reservationId);
    }

    @Override
    public Optional<JsonObject> findFlight(String flightNumber) {
        return Optional.ofNullable(flights.get(flightNumber));
    }

    @Override
    public List<JsonObject> flights() {
        return new ArrayList<>(flights.values());
    }

    @Override
    public void saveUser(String userId, JsonObject user) {
        users.put(userId, user);
    }

    @Override
    public void saveReservation(String reservationId, JsonObject reservation) {
        reservations.put(reservationId, reservation);
    }

    /**
     * @return table name ({@code reservations}, {@code users}, {@code flights}) to the records that differ from
     *         the original data (new ones included), as the replay fixtures' {@code changed_records}
     */
    public Map<String, Map<String, JsonObject>> changedRecords() {
        Map<String, Map<String, JsonObject>> changed = new LinkedHashMap<>();
        collect("reservations", original.reservations(), reservations, changed);
        collect("users", original.users(), users, changed);
        collect("flights", original.flights(), flights, changed);
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
