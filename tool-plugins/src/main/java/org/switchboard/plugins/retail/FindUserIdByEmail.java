package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;

/** {@code find_user_id_by_email}: the user id, or {@code Error: user not found}. Risk READ. */
public final class FindUserIdByEmail implements CommerceTool<RetailStore> {

    /** @return {@code find_user_id_by_email} */
    @Override
    public String name() {
        return "find_user_id_by_email";
    }

    /**
     * @param arguments {@code email}
     * @param store     the scoped store
     * @return the first user id whose email matches case-insensitively, or {@code Error: user not found}
     * @throws InvalidToolArgumentException if {@code email} is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        return store.findUserIdByEmail(CommerceArguments.string(arguments, "email")).orElse("Error: user not found");
    }
}
