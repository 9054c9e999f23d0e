package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code update_reservation_flights}: replaces the reservation's segments. A segment already in the
 * reservation (same number and date, same cabin) keeps its price; others are checked and priced like a
 * booking. The difference to the old total (per passenger) is charged to, or refunded on, the given method
 * (gift card amounts change at once; a payment entry is added when the difference is not zero). The cabin
 * argument prices the new segments but, as in tau-bench, is not stored. Risk WRITE.
 */
public final class UpdateReservationFlights implements CommerceTool<AirlineStore> {

    /** @return {@code update_reservation_flights} */
    @Override
    public String name() {
        return "update_reservation_flights";
    }

    /**
     * @param arguments {@code reservation_id}, {@code cabin}, {@code flights}, {@code payment_id}
     * @param store     the scoped store
     * @return the changed reservation as JSON, or tau-bench's error
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String reservationId = CommerceArguments.string(arguments, "reservation_id");
        String cabin = CommerceArguments.string(arguments, "cabin");
        List<JsonObject> flights = CommerceArguments.objects(arguments, "flights");
        String paymentId = CommerceArguments.string(arguments, "payment_id");
        Optional<JsonObject> found = store.findReservation(reservationId);
        if (found.isEmpty()) {
            return "Error: reservation not found";
        }
        JsonObject reservation = found.get();
        int passengers = reservation.getJsonArray("passengers").size();
        List<JsonObject> current = reservation.getJsonArray("flights").getValuesAs(JsonObject.class);
        JsonNumber total = PythonNumbers.of(0);
        JsonArrayBuilder updated = JSON.createArrayBuilder();
        for (JsonObject flight : flights) {
            Optional<JsonObject> kept = cabin.equals(reservation.getString("cabin")) ? current.stream()
                    .filter(f -> f.get("flight_number").equals(flight.get("flight_number"))
                            && f.get("date").equals(flight.get("date")))
                    .findFirst() : Optional.empty();
            if (kept.isPresent()) {
                JsonNumber price = kept.get().getJsonNumber("price");
                total = PythonNumbers.add(total, PythonNumbers.multiply(price, passengers));
                updated.add(FlightPricing.segment(flight, price, kept.get().get("origin"), kept.get().get("destination")));
                continue;
            }
            FlightPricing pricing = FlightPricing.price(flight, cabin, passengers, store);
            if (pricing.error() != null) {
                return pricing.error();
            }
            updated.add(pricing.flight());
            total = PythonNumbers.add(total, PythonNumbers.multiply(pricing.price(), passengers));
        }
        JsonNumber old = PythonNumbers.of(0);
        for (JsonObject flight : current) {
            old = PythonNumbers.add(old, flight.getJsonNumber("price"));
        }
        total = PythonNumbers.subtract(total, PythonNumbers.multiply(old, passengers));
        String userId = reservation.getString("user_id");
        Optional<JsonObject> owner = store.findUser(userId);
        if (owner.isEmpty()) {
            return AirlineRecords.keyError(userId);
        }
        Optional<String> problem = PaymentCheck.problem(owner.get(), paymentId, total);
        if (problem.isPresent()) {
            return problem.get();
        }
        JsonObject charged = PaymentCheck.charge(owner.get(), paymentId, total);
        JsonObject changed = JsonDocuments.with(reservation, "flights", updated.build());
        if (PythonNumbers.compare(total, PythonNumbers.of(0)) != 0) {
            changed = JsonDocuments.with(changed, "payment_history", JsonDocuments.append(
                    reservation.getJsonArray("payment_history"), List.<JsonValue>of(JSON.createObjectBuilder()
                            .add("payment_id", paymentId).add("amount", total).build())));
        }
        if (charged != owner.get()) {
            store.saveUser(userId, charged);
        }
        store.saveReservation(reservationId, changed);
        return JsonDocuments.dumps(changed);
    }
}
