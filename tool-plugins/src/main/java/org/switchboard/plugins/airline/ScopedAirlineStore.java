package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.plugins.commerce.CustomerScope;

/**
 * The view of an {@link AirlineStore} a tool gets for one call: users and reservations outside the
 * {@link CustomerScope} do not exist, and saving them is refused. Flights are public.
 */
public final class ScopedAirlineStore implements AirlineStore {

    private final AirlineStore delegate;
    private final CustomerScope scope;

    /**
     * @param delegate the whole store
     * @param scope    whose records are visible
     */
    public ScopedAirlineStore(AirlineStore delegate, CustomerScope scope) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        return scope.permits(userId) ? delegate.findUser(userId) : Optional.empty();
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        return delegate.findUserIdByEmail(email).filter(scope::permits);
    }

    @Override
    public Optional<JsonObject> findReservation(String reservationId) {
        return delegate.findReservation(reservationId).filter(r -> scope.permits(r.getString("user_id", null)));
    }

    @Override
    public boolean reservationIdTaken(String reservationId) {
        return delegate.reservationIdTaken(reservationId);
    }

    @Override
    public Optional<JsonObject> findFlight(String flightNumber) {
        return delegate.findFlight(flightNumber);
    }

    @Override
    public List<JsonObject> flights() {
        return delegate.flights();
    }

    /** @throws SecurityException if the user is outside the scope */
    @Override
    public void saveUser(String userId, JsonObject user) {
        if (!scope.permits(userId)) {
            throw new SecurityException("user " + userId + " is outside " + scope);
        }
        delegate.saveUser(userId, user);
    }

    /** @throws SecurityException if the reservation belongs to a user outside the scope */
    @Override
    public void saveReservation(String reservationId, JsonObject reservation) {
        if (!scope.permits(reservation.getString("user_id", null))) {
            throw new SecurityException("reservation " + reservationId + " is outside " + scope);
        }
        delegate.saveReservation(reservationId, reservation);
    }
}
