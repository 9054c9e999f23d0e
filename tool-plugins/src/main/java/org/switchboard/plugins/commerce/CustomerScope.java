package org.switchboard.plugins.commerce;

import java.util.Objects;
import java.util.Optional;

/**
 * Whose records a commerce tool may read and change.
 *
 * <p>tau-bench's tools take user, order and reservation ids from the model and act on any record. In
 * Switchboard a tool acts for the verified customer of the conversation only: the plugin binds the scope to the
 * domain user id linked to that customer ({@link #of(String)}), or to nobody when no link exists
 * ({@link #NOBODY}), and the store view it hands to the tools hides every record owned by somebody else, so a
 * foreign order answers exactly like a missing one ({@code Error: order not found}). {@link #UNRESTRICTED} is
 * for the replay and tests, which must reproduce tau-bench's behaviour for any id.
 */
public final class CustomerScope {

    /** Every record is visible: the tau-bench replay and tests only, never a conversation. */
    public static final CustomerScope UNRESTRICTED = new CustomerScope(null, true);

    /** No customer-owned record is visible (the customer is not linked to a domain user). */
    public static final CustomerScope NOBODY = new CustomerScope(null, false);

    private final String userId;
    private final boolean unrestricted;

    private CustomerScope(String userId, boolean unrestricted) {
        this.userId = userId;
        this.unrestricted = unrestricted;
    }

    /**
     * @param userId the domain user id (e.g. {@code sara_doe_496}) the verified customer is linked to
     * @return a scope that only permits that user's records
     * @throws NullPointerException if userId is null
     */
    public static CustomerScope of(String userId) {
        return new CustomerScope(Objects.requireNonNull(userId, "userId"), false);
    }

    /**
     * @param ownerUserId the user id owning a record (a user record's own id, an order's {@code user_id})
     * @return whether a tool in this scope may see and change the record
     */
    public boolean permits(String ownerUserId) {
        return unrestricted || (userId != null && userId.equals(ownerUserId));
    }

    /** @return whether this scope permits every record */
    public boolean isUnrestricted() {
        return unrestricted;
    }

    /** @return the linked user id, empty for {@link #UNRESTRICTED} and {@link #NOBODY} */
    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    @Override
    public String toString() {
        return unrestricted ? "CustomerScope[UNRESTRICTED]" : userId == null ? "CustomerScope[NOBODY]"
                : "CustomerScope[" + userId + "]";
    }
}
