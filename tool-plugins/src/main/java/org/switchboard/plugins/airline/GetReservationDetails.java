package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * {@code get_reservation_details}: the reservation as JSON. A missing reservation answers
 * {@code Error: user not found}, exactly as tau-bench's tool does. Risk READ.
 */
public final class GetReservationDetails implements CommerceTool<AirlineStore> {

    /** @return {@code get_reservation_details} */
    @Override
    public String name() {
        return "get_reservation_details";
    }

    /**
     * @param arguments {@code reservation_id}
     * @param store     the scoped store
     * @return the reservation, or {@code Error: user not found}
     * @throws InvalidToolArgumentException if {@code reservation_id} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        return store.findReservation(CommerceArguments.string(arguments, "reservation_id"))
                .map(JsonDocuments::dumps).orElse("Error: user not found");
    }
}
