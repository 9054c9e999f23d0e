package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.Locale;

/** Field access on tau-bench user records shared by the stores. */
public final class RetailUsers {

    private RetailUsers() {
    }

    /**
     * tau-bench's match of {@code find_user_id_by_name_zip}: first and last name case-insensitively, zip exactly.
     *
     * @param user      a user record
     * @param firstName the first name asked for
     * @param lastName  the last name asked for
     * @param zip       the zip asked for
     * @return whether the user matches
     */
    public static boolean matchesNameZip(JsonObject user, String firstName, String lastName, String zip) {
        JsonObject name = user.getJsonObject("name");
        JsonObject address = user.getJsonObject("address");
        return name != null && address != null
                && name.getString("first_name", "").toLowerCase(Locale.ROOT).equals(firstName.toLowerCase(Locale.ROOT))
                && name.getString("last_name", "").toLowerCase(Locale.ROOT).equals(lastName.toLowerCase(Locale.ROOT))
                && address.getString("zip", "").equals(zip);
    }
}
