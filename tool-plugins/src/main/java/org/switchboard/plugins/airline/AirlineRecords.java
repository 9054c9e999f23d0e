package org.switchboard.plugins.airline;

import jakarta.json.JsonObject;
import java.util.Optional;

/** Field access on tau-bench airline records shared by several tools. */
final class AirlineRecords {

    private AirlineRecords() {
    }

    /**
     * @param key a missing dictionary key
     * @return tau-bench's text for a Python {@code KeyError}: {@code Error: 'key'}
     */
    static String keyError(String key) {
        return "Error: '" + key + "'";
    }

    /**
     * @param user      a user record
     * @param paymentId a payment method id
     * @return the user's payment method with that id
     */
    static Optional<JsonObject> paymentMethod(JsonObject user, String paymentId) {
        JsonObject methods = user.getJsonObject("payment_methods");
        return methods != null && methods.get(paymentId) instanceof JsonObject method
                ? Optional.of(method) : Optional.empty();
    }

    /**
     * @param method a payment method
     * @return its {@code source} ({@code credit_card}, {@code gift_card}, {@code certificate})
     */
    static String source(JsonObject method) {
        return method.getString("source", "");
    }
}
