package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.switchboard.plugins.arguments.InvalidToolArgumentException;
import org.switchboard.plugins.commerce.CommerceArguments;
import org.switchboard.plugins.commerce.CommerceTool;
import org.switchboard.plugins.commerce.JsonDocuments;

/** {@code modify_user_address}: replaces a user's default address; {@code Error: user not found}. Risk WRITE. */
public final class ModifyUserAddress implements CommerceTool<RetailStore> {

    /** @return {@code modify_user_address} */
    @Override
    public String name() {
        return "modify_user_address";
    }

    /**
     * @param arguments {@code user_id}, {@code address1}, {@code address2}, {@code city}, {@code state},
     *                  {@code country}, {@code zip}
     * @param store     the scoped store
     * @return the changed user as JSON, or {@code Error: user not found}
     * @throws InvalidToolArgumentException if an argument is missing or not a string
     */
    @Override
    public String invoke(JsonObject arguments, RetailStore store) throws InvalidToolArgumentException {
        String userId = CommerceArguments.string(arguments, "user_id");
        JsonObject address = RetailAddress.from(arguments);
        Optional<JsonObject> found = store.findUser(userId);
        if (found.isEmpty()) {
            return "Error: user not found";
        }
        JsonObject changed = JsonDocuments.with(found.get(), "address", address);
        store.saveUser(userId, changed);
        return JsonDocuments.dumps(changed);
    }
}
