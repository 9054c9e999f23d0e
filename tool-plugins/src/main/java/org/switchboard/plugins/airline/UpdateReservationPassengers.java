package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code update_reservation_passengers}: replaces the passengers (same number); errors
 * {@code Error: reservation not found}, {@code Error: number of passengers does not match}. Risk WRITE.
 */
public final class UpdateReservationPassengers implements CommerceTool<AirlineStore> {

    /** @return {@code update_reservation_passengers} */
    @Override
    public String name() {
        return "update_reservation_passengers";
    }

    /**
     * @param arguments {@code reservation_id}, {@code passengers}
     * @param store     the scoped store
     * @return the changed reservation as JSON, or tau-bench's error
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String reservationId = CommerceArguments.string(arguments, "reservation_id");
        List<JsonObject> passengers = CommerceArguments.objects(arguments, "passengers");
        Optional<JsonObject> found = store.findReservation(reservationId);
        if (found.isEmpty()) {
            return "Error: reservation not found";
        }
        if (passengers.size() != found.get().getJsonArray("passengers").size()) {
            return "Error: number of passengers does not match";
        }
        JsonObject changed = JsonDocuments.with(found.get(), "passengers", arguments.get("passengers"));
        store.saveReservation(reservationId, changed);
        return JsonDocuments.dumps(changed);
    }
}
