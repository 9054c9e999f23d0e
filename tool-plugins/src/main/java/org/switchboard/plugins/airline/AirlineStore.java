package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The port to the airline data: users, flights and reservations as JSON documents in tau-bench's format
 * ({@code users.json}, {@code flights.json}, {@code reservations.json}), flights in source order (searches list
 * them in that order, as tau-bench does).
 */
public interface AirlineStore {

    /**
     * @param userId a user id, e.g. {@code mia_li_3668}
     * @return the user record, if it exists (and is visible)
     */
    Optional<JsonObject> findUser(String userId);

    /**
     * @param email an email address, compared case-insensitively
     * @return the id of the first user (in source order) with that email (used to link a verified customer)
     */
    Optional<String> findUserIdByEmail(String email);

    /**
     * @param reservationId a reservation id, e.g. {@code 4WQ150}
     * @return the reservation, if it exists (and is visible)
     */
    Optional<JsonObject> findReservation(String reservationId);

    /**
     * @param reservationId a reservation id
     * @return whether any reservation, whoever owns it, has that id (for allocating a new id)
     */
    boolean reservationIdTaken(String reservationId);

    /**
     * @param flightNumber a flight number, e.g. {@code HAT001}
     * @return the flight with its dates
     */
    Optional<JsonObject> findFlight(String flightNumber);

    /** @return every flight, in source order */
    List<JsonObject> flights();

    /**
     * @param userId the user id
     * @param user   the whole new record
     */
    void saveUser(String userId, JsonObject user);

    /**
     * Stores a new or changed reservation.
     *
     * @param reservationId the reservation id
     * @param reservation   the whole record
     */
    void saveReservation(String reservationId, JsonObject reservation);
}
