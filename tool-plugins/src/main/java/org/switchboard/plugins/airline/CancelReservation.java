package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code cancel_reservation}: appends a negative entry for every payment in the history and sets
 * {@code status: cancelled}; {@code Error: reservation not found}. tau-bench does not check the cancellation
 * rules here (the agent policy does). Risk NEEDS_APPROVAL when the refund is above the threshold
 * ({@link AirlineRefundApproval}).
 */
public final class CancelReservation implements CommerceTool<AirlineStore> {

    /** @return {@code cancel_reservation} */
    @Override
    public String name() {
        return "cancel_reservation";
    }

    /**
     * @param arguments {@code reservation_id}
     * @param store     the scoped store
     * @return the cancelled reservation as JSON, or {@code Error: reservation not found}
     * @throws InvalidToolArgumentException if {@code reservation_id} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String reservationId = CommerceArguments.string(arguments, "reservation_id");
        Optional<JsonObject> found = store.findReservation(reservationId);
        if (found.isEmpty()) {
            return "Error: reservation not found";
        }
        JsonObject reservation = found.get();
        List<JsonValue> refunds = new ArrayList<>();
        for (JsonValue entry : reservation.getJsonArray("payment_history")) {
            JsonObject payment = entry.asJsonObject();
            refunds.add(JSON.createObjectBuilder()
                    .add("payment_id", payment.get("payment_id"))
                    .add("amount", PythonNumbers.negate(payment.getJsonNumber("amount")))
                    .build());
        }
        JsonObject cancelled = JsonDocuments.with(reservation, "payment_history",
                JsonDocuments.append(reservation.getJsonArray("payment_history"), refunds));
        cancelled = JsonDocuments.with(cancelled, "status", "cancelled");
        store.saveReservation(reservationId, cancelled);
        return JsonDocuments.dumps(cancelled);
    }
}
