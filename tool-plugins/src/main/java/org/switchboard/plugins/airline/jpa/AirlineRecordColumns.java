package org.switchboard.plugins.airline.jpa;

import jakarta.json.JsonObject;
import org.switchboard.plugins.commerce.JsonDocuments;

/** Copies a tau-bench airline record into its entity: the JSON text and the indexed columns derived from it. */
final class AirlineRecordColumns {

    private AirlineRecordColumns() {
    }

    static void fillUser(AirlineUserRecord record, JsonObject user) {
        record.update(JsonDocuments.dumps(user), user.getString("email", ""));
    }

    static void fillFlight(AirlineFlightRecord record, JsonObject flight) {
        record.update(JsonDocuments.dumps(flight), flight.getString("origin", ""), flight.getString("destination", ""));
    }

    static void fillReservation(AirlineReservationRecord record, JsonObject reservation) {
        record.update(JsonDocuments.dumps(reservation), reservation.getString("user_id", ""),
                reservation.getString("status", null));
    }
}
