package org.switchboard.plugins.airline;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.util.Optional;
import org.switchboard.plugins.commerce.PythonNumbers;

/**
 * The payment check of tau-bench's reservation updates (flights, baggage): the method belongs to the
 * reservation's owner, is not a certificate, and a gift card holds at least the amount.
 */
final class PaymentCheck {

    private PaymentCheck() {
    }

    /**
     * @param owner     the reservation owner's record
     * @param paymentId the payment method id
     * @param total     the amount to charge (may be negative or zero)
     * @return tau-bench's error message, or empty when the method may pay
     */
    static Optional<String> problem(JsonObject owner, String paymentId, JsonNumber total) {
        Optional<JsonObject> method = AirlineRecords.paymentMethod(owner, paymentId);
        if (method.isEmpty()) {
            return Optional.of("Error: payment method not found");
        }
        String source = AirlineRecords.source(method.get());
        if (source.equals("certificate")) {
            return Optional.of("Error: certificate cannot be used to update reservation");
        }
        if (source.equals("gift_card") && PythonNumbers.compare(method.get().getJsonNumber("amount"), total) < 0) {
            return Optional.of("Error: gift card balance is not enough");
        }
        return Optional.empty();
    }

    /**
     * @param owner     the reservation owner's record
     * @param paymentId a method that passed {@link #problem}
     * @param total     the amount charged
     * @return the owner with the gift card's amount reduced by {@code total}, or unchanged for other sources
     */
    static JsonObject charge(JsonObject owner, String paymentId, JsonNumber total) {
        JsonObject method = AirlineRecords.paymentMethod(owner, paymentId).orElseThrow();
        if (!AirlineRecords.source(method).equals("gift_card")) {
            return owner;
        }
        return org.switchboard.plugins.commerce.JsonDocuments.withPath(owner,
                java.util.List.of("payment_methods", paymentId, "amount"),
                PythonNumbers.subtract(method.getJsonNumber("amount"), total));
    }
}
