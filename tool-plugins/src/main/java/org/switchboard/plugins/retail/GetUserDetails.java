package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/** {@code get_user_details}: the user record as JSON, or {@code Error: user not found}. Risk READ. */
public final class GetUserDetails implements CommerceTool<RetailStore> {

    /** @return {@code get_user_details} */
    @Override
    public String name() {
        return "get_user_details";
    }

    /**
     * @param arguments {@code user_id}
     * @param store     the scoped store
     * @return the user record, or {@code Error: user not found}
     * @throws InvalidToolArgumentException if {@code user_id} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        return store.findUser(CommerceArguments.string(arguments, "user_id"))
                .map(JsonDocuments::dumps).orElse("Error: user not found");
    }
}
