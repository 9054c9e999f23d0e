package org.switchboard.plugins.retail;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.commerce.PythonNumbers;

/** Rules on tau-bench retail records shared by several tools (item checks, payment methods, gift cards). */
final class RetailRecords {

    private RetailRecords() {
    }

    /**
     * tau-bench's check that every requested item is in the order as often as requested.
     *
     * @param order   an order record
     * @param itemIds the requested item ids, duplicates meaning several pieces
     * @return the first item id requested more often than the order holds it
     */
    static Optional<String> missingItem(JsonObject order, List<String> itemIds) {
        List<String> all = order.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("item_id")).toList();
        for (String itemId : itemIds) {
            if (Collections.frequency(itemIds, itemId) > Collections.frequency(all, itemId)) {
                return Optional.of(itemId);
            }
        }
        return Optional.empty();
    }

    /**
     * @param items   an order's items
     * @param itemId  an item id
     * @return the index of the first item with that id, or -1
     */
    static int indexOfItem(List<JsonObject> items, String itemId) {
        for (int i = 0; i < items.size(); i++) {
            if (itemId.equals(items.get(i).getString("item_id"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param user            a user record
     * @param paymentMethodId a payment method id
     * @return the user's payment method, if the user has it
     */
    static Optional<JsonObject> paymentMethod(JsonObject user, String paymentMethodId) {
        JsonObject methods = user.getJsonObject("payment_methods");
        return methods != null && methods.get(paymentMethodId) instanceof JsonObject method
                ? Optional.of(method) : Optional.empty();
    }

    /**
     * @param method a payment method record
     * @return whether its {@code source} is {@code gift_card}
     */
    static boolean isGiftCard(JsonObject method) {
        return "gift_card".equals(method.getString("source", null));
    }

    /**
     * @param method a gift card record
     * @return its balance as a Python float
     */
    static double balance(JsonObject method) {
        return JsonDocuments.doubleValue(method.get("balance"));
    }

    /**
     * Python's {@code method["balance"] += delta; method["balance"] = round(method["balance"], 2)}.
     *
     * @param user            the user record
     * @param paymentMethodId the gift card's id
     * @param delta           the amount to add (negative to charge), with Python's int/float arithmetic
     * @return the user record with the new balance
     */
    static JsonObject addToBalance(JsonObject user, String paymentMethodId, JsonNumber delta) {
        JsonObject method = user.getJsonObject("payment_methods").getJsonObject(paymentMethodId);
        JsonNumber balance = PythonNumbers.round2(PythonNumbers.add(method.getJsonNumber("balance"), delta));
        return JsonDocuments.withPath(user, List.of("payment_methods", paymentMethodId, "balance"), balance);
    }

    /**
     * @param order an order record
     * @return its payment history
     */
    static JsonArray paymentHistory(JsonObject order) {
        return order.getJsonArray("payment_history");
    }

    /**
     * @param key a missing dictionary key
     * @return the text tau-bench gives for a Python {@code KeyError}: {@code Error: 'key'}
     */
    static String keyError(String key) {
        return "Error: '" + key + "'";
    }

    /**
     * @param value a JSON value
     * @return the value as a Python float
     */
    static double amount(JsonValue value) {
        return JsonDocuments.doubleValue(value);
    }
}
