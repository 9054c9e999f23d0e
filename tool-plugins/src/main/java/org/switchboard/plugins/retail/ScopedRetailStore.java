package org.switchboard.plugins.retail;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.switchboard.plugins.commerce.CustomerScope;

/**
 * The view of a {@link RetailStore} a tool gets for one call: users and orders outside the
 * {@link CustomerScope} do not exist (a lookup answers empty, so the tool says {@code Error: user not found} /
 * {@code Error: order not found}, revealing nothing), and saving them is refused. Products are public.
 */
public final class ScopedRetailStore implements RetailStore {

    private final RetailStore delegate;
    private final CustomerScope scope;

    /**
     * @param delegate the whole store
     * @param scope    whose records are visible
     */
    public ScopedRetailStore(RetailStore delegate, CustomerScope scope) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        return scope.permits(userId) ? delegate.findUser(userId) : Optional.empty();
    }

    @Override
    public Optional<JsonObject> findOrder(String orderId) {
        return delegate.findOrder(orderId).filter(order -> scope.permits(order.getString("user_id", null)));
    }

    @Override
    public Optional<JsonObject> findProduct(String productId) {
        return delegate.findProduct(productId);
    }

    @Override
    public List<JsonObject> products() {
        return delegate.products();
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        return delegate.findUserIdByEmail(email).filter(scope::permits);
    }

    @Override
    public Optional<String> findUserIdByNameZip(String firstName, String lastName, String zip) {
        return delegate.findUserIdByNameZip(firstName, lastName, zip).filter(scope::permits);
    }

    /** @throws SecurityException if the user is outside the scope */
    @Override
    public void saveUser(String userId, JsonObject user) {
        if (!scope.permits(userId)) {
            throw new SecurityException("user " + userId + " is outside " + scope);
        }
        delegate.saveUser(userId, user);
    }

    /** @throws SecurityException if the order belongs to a user outside the scope */
    @Override
    public void saveOrder(String orderId, JsonObject order) {
        if (!scope.permits(order.getString("user_id", null))) {
            throw new SecurityException("order " + orderId + " is outside " + scope);
        }
        delegate.saveOrder(orderId, order);
    }
}
