package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;

/** {@code find_user_id_by_name_zip}: the user id, or {@code Error: user not found}. Risk READ. */
public final class FindUserIdByNameZip implements CommerceTool<RetailStore> {

    /** @return {@code find_user_id_by_name_zip} */
    @Override
    public String name() {
        return "find_user_id_by_name_zip";
    }

    /**
     * @param arguments {@code first_name}, {@code last_name}, {@code zip}
     * @param store     the scoped store
     * @return the first matching user id, or {@code Error: user not found}
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String first = CommerceArguments.string(arguments, "first_name");
        String last = CommerceArguments.string(arguments, "last_name");
        String zip = CommerceArguments.string(arguments, "zip");
        return store.findUserIdByNameZip(first, last, zip).orElse("Error: user not found");
    }
}
