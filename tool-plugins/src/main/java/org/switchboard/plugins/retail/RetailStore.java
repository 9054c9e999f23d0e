package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Optional;

/**
 * The port to the retail data: users, orders and products as JSON documents in tau-bench's format
 * ({@code users.json}, {@code orders.json}, {@code products.json} records, keyed by {@code user_id} /
 * {@code order_id} / {@code product_id}).
 *
 * <p>Records keep their source order (the order of the sample files): the lookups by email and by name + zip
 * return the first match in that order, as tau-bench's do. Implementations: {@link InMemoryRetailStore} (the
 * replay and tests), {@link org.switchboard.plugins.retail.jpa.JpaRetailStore} (MariaDB), and
 * {@link ScopedRetailStore}, the view a tool gets, which hides other customers' records.
 */
public interface RetailStore {

    /**
     * @param userId a user id, e.g. {@code sara_doe_496}
     * @return the user record, if it exists (and is visible)
     */
    Optional<JsonObject> findUser(String userId);

    /**
     * @param orderId an order id, e.g. {@code #W0000000}
     * @return the order record, if it exists (and is visible)
     */
    Optional<JsonObject> findOrder(String orderId);

    /**
     * @param productId a product id, e.g. {@code 6086499569}
     * @return the product record with its variants, if it exists
     */
    Optional<JsonObject> findProduct(String productId);

    /** @return every product record, in source order */
    List<JsonObject> products();

    /**
     * @param email an email address, compared case-insensitively
     * @return the id of the first user (in source order) with that email
     */
    Optional<String> findUserIdByEmail(String email);

    /**
     * @param firstName first name, compared case-insensitively
     * @param lastName  last name, compared case-insensitively
     * @param zip       zip code of the user's default address, compared exactly
     * @return the id of the first user (in source order) matching all three
     */
    Optional<String> findUserIdByNameZip(String firstName, String lastName, String zip);

    /**
     * Stores a changed user record.
     *
     * @param userId the user id
     * @param user   the whole new record
     */
    void saveUser(String userId, JsonObject user);

    /**
     * Stores a changed order record.
     *
     * @param orderId the order id
     * @param order   the whole new record
     */
    void saveOrder(String orderId, JsonObject order);
}
