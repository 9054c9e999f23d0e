package org.switchboard.plugins.airline;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * {@code book_reservation}: prices every segment (per passenger, plus 30 per passenger for insurance and 50
 * per non-free bag), checks the payments cover exactly that total and that gift cards and certificates hold
 * enough, then stores the reservation (id and time from {@link NewReservations}), charges gift cards, uses up certificates and adds the id to the user's reservations. Risk
 * WRITE.
 */
public final class BookReservation implements CommerceTool<AirlineStore> {

    /** tau-bench's fixed booking time. */
    static final String CREATED_AT = "2024-05-15T15:00:00";

    private final NewReservations newReservations;

    /** @param newReservations how the new reservation is named and timestamped */
    public BookReservation(NewReservations newReservations) {
        this.newReservations = java.util.Objects.requireNonNull(newReservations, "newReservations");
    }

    /** @return {@code book_reservation} */
    @Override
    public String name() {
        return "book_reservation";
    }

    /**
     * @param arguments {@code user_id, origin, destination, flight_type, cabin, flights, passengers,
     *                  payment_methods, total_baggages, nonfree_baggages, insurance}
     * @param store     the scoped store
     * @return the new reservation as JSON, or tau-bench's error
     * @throws InvalidToolArgumentException if an argument is missing or has the wrong type
     */
    @Override
    public String invoke(JsonObject arguments, AirlineStore store) throws InvalidToolArgumentException {
        String userId = CommerceArguments.string(arguments, "user_id");
        String cabin = CommerceArguments.string(arguments, "cabin");
        List<JsonObject> flights = CommerceArguments.objects(arguments, "flights");
        List<JsonObject> passengers = CommerceArguments.objects(arguments, "passengers");
        List<JsonObject> payments = CommerceArguments.objects(arguments, "payment_methods");
        JsonNumber nonfreeBaggages = CommerceArguments.number(arguments, "nonfree_baggages");
        String insurance = CommerceArguments.string(arguments, "insurance");
        Optional<JsonObject> found = store.findUser(userId);
        if (found.isEmpty()) {
            return "Error: user not found";
        }
        JsonObject user = found.get();
        String reservationId = newReservations.allocateId(store);
        JsonNumber total = PythonNumbers.of(0);
        JsonArrayBuilder priced = JSON.createArrayBuilder();
        for (JsonObject flight : flights) {
            FlightPricing pricing = FlightPricing.price(flight, cabin, passengers.size(), store);
            if (pricing.error() != null) {
                return pricing.error();
            }
            priced.add(pricing.flight());
            total = PythonNumbers.add(total, PythonNumbers.multiply(pricing.price(), passengers.size()));
        }
        if ("yes".equals(insurance)) {
            total = PythonNumbers.add(total, PythonNumbers.of(30L * passengers.size()));
        }
        total = PythonNumbers.add(total, PythonNumbers.multiply(nonfreeBaggages, 50));
        JsonNumber paid = PythonNumbers.of(0);
        for (JsonObject payment : payments) {
            String paymentId = payment.getString("payment_id", null);
            if (paymentId == null || !(payment.get("amount") instanceof JsonNumber amount)) {
                return AirlineRecords.keyError(paymentId == null ? "payment_id" : "amount");
            }
            Optional<JsonObject> method = AirlineRecords.paymentMethod(user, paymentId);
            if (method.isEmpty()) {
                return "Error: payment method " + paymentId + " not found";
            }
            String source = AirlineRecords.source(method.get());
            if ((source.equals("gift_card") || source.equals("certificate"))
                    && PythonNumbers.compare(method.get().getJsonNumber("amount"), amount) < 0) {
                return "Error: not enough balance in payment method " + paymentId;
            }
            paid = PythonNumbers.add(paid, amount);
        }
        if (PythonNumbers.compare(paid, total) != 0) {
            return "Error: payment amount does not add up, total price is " + PythonNumbers.str(total) + ", but paid "
                    + PythonNumbers.str(paid);
        }
        JsonObject reservation = JSON.createObjectBuilder()
                .add("reservation_id", reservationId)
                .add("user_id", userId)
                .add("origin", arguments.get("origin"))
                .add("destination", arguments.get("destination"))
                .add("flight_type", arguments.get("flight_type"))
                .add("cabin", cabin)
                .add("flights", priced)
                .add("passengers", arguments.get("passengers"))
                .add("payment_history", arguments.get("payment_methods"))
                .add("created_at", newReservations.createdAt())
                .add("total_baggages", arguments.get("total_baggages"))
                .add("nonfree_baggages", nonfreeBaggages)
                .add("insurance", insurance)
                .build();
        JsonObjectBuilder methods = JSON.createObjectBuilder(user.getJsonObject("payment_methods"));
        JsonObject current = user.getJsonObject("payment_methods");
        for (JsonObject payment : payments) {
            String paymentId = payment.getString("payment_id");
            JsonObject method = current.getJsonObject(paymentId);
            if (method == null) {
                continue;
            }
            String source = AirlineRecords.source(method);
            if (source.equals("gift_card")) {
                method = JsonDocuments.with(method, "amount",
                        PythonNumbers.subtract(method.getJsonNumber("amount"), payment.getJsonNumber("amount")));
                methods.add(paymentId, method);
            } else if (source.equals("certificate")) {
                methods.remove(paymentId);
            }
            current = methods.build();
            methods = JSON.createObjectBuilder(current);
        }
        JsonObject changedUser = JsonDocuments.with(user, "payment_methods", current);
        changedUser = JsonDocuments.with(changedUser, "reservations", JsonDocuments.append(
                user.getJsonArray("reservations"), List.of(JSON.createValue(reservationId))));
        store.saveReservation(reservationId, reservation);
        store.saveUser(userId, changedUser);
        return JsonDocuments.dumps(reservation);
    }
}
