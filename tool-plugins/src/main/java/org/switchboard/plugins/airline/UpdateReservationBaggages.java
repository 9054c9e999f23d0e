package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code update_reservation_baggages}: sets the bag counts and charges 50 per additional non-free bag to the
 * given method (gift card amounts change at once; a payment entry is added when the charge is not zero).
 * Errors: reservation not found, payment method not found, certificate, gift card balance. Risk WRITE.
 */
public final class UpdateReservationBaggages implements CommerceTool<AirlineStore> {

    /** @return {@code update_reservation_baggages} */
    @Override
    public String name() {
        return "update_reservation_baggages";
    }

    /**
     * @param arguments {@code reservation_id}, {@code total_baggages}, {@code nonfree_baggages}, {@code payment_id}
     * @param store     the scoped store
     * @return the changed reservation as JSON, or tau-bench's error
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String reservationId = CommerceArguments.string(arguments, "reservation_id");
        JsonNumber totalBaggages = CommerceArguments.number(arguments, "total_baggages");
        JsonNumber nonfreeBaggages = CommerceArguments.number(arguments, "nonfree_baggages");
        String paymentId = CommerceArguments.string(arguments, "payment_id");
        Optional<JsonObject> found = store.findReservation(reservationId);
        if (found.isEmpty()) {
            return "Error: reservation not found";
        }
        JsonObject reservation = found.get();
        JsonNumber extra = PythonNumbers.subtract(nonfreeBaggages, reservation.getJsonNumber("nonfree_baggages"));
        JsonNumber total = PythonNumbers.multiply(
                PythonNumbers.compare(extra, PythonNumbers.of(0)) > 0 ? extra : PythonNumbers.of(0), 50);
        String userId = reservation.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return AirlineRecords.keyError(userId);
        }
        Optional<String> problem = PaymentCheck.problem(owner.get(), paymentId, total);
        if (problem.isPresent()) {
            return problem.get();
        }
        JsonObject changed = JsonDocuments.with(reservation, "total_baggages", totalBaggages);
        changed = JsonDocuments.with(changed, "nonfree_baggages", nonfreeBaggages);
        JsonObject charged = PaymentCheck.charge(owner.get(), paymentId, total);
        if (PythonNumbers.compare(total, PythonNumbers.of(0)) != 0) {
            changed = JsonDocuments.with(changed, "payment_history", JsonDocuments.append(
                    reservation.getJsonArray("payment_history"), List.of(JSON.createObjectBuilder()
                            .add("payment_id", paymentId).add("amount", total).build())));
        }
        if (charged != owner.get()) {
            store.saveUser(userId, charged);
        }
        store.saveReservation(reservationId, changed);
        return JsonDocuments.dumps(changed);
    }
}
