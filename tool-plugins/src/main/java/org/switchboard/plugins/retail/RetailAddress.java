package org.switchboard.plugins.retail;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;

/** The address object tau-bench's address tools write, with its keys in tau-bench's order. */
final class RetailAddress {

    private RetailAddress() {
    }

    /**
     * @param arguments a call's arguments holding {@code address1}, {@code address2}, {@code city},
     *                  {@code state}, {@code country}, {@code zip}
     * @return {@code {"address1", "address2", "city", "state", "country", "zip"}}
     * @throws InvalidToolArgumentException if a field is missing or not a string
     */
    static JsonObject from(JsonObject arguments) throws InvalidToolArgumentException {
        return JSON.createObjectBuilder()
                .add("address1", CommerceArguments.string(arguments, "address1"))
                .add("address2", CommerceArguments.string(arguments, "address2"))
                .add("city", CommerceArguments.string(arguments, "city"))
                .add("state", CommerceArguments.string(arguments, "state"))
                .add("country", CommerceArguments.string(arguments, "country"))
                .add("zip", CommerceArguments.string(arguments, "zip"))
                .build();
    }
}
