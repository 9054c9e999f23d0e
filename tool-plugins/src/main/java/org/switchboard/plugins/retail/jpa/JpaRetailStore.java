package org.switchboard.plugins.retail.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.plugins.commerce.JsonDocuments;
import org.switchboard.plugins.retail.RetailStore;
import org.switchboard.plugins.retail.RetailUsers;

/**
 * The {@link RetailStore} on MariaDB (persistence unit {@code switchboard}). Runs in the caller's transaction
 * (the plugin opens one per tool call); concurrent changes of one record fail on the version column instead of
 * overwriting each other. Lookups by email and by name + zip narrow on indexed columns, then apply tau-bench's
 * exact match in source order.
 */
@ApplicationScoped
@Transactional
public class JpaRetailStore implements RetailStore {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    RetailSampleDataLoader loader;

    private void ready() {
        if (!loader.isLoaded()) {
            loader.ensureLoaded();
        }
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        ready();
        return Optional.ofNullable(em.find(RetailUserRecord.class, userId)).map(r -> parse(r.getDocument()));
    }

    @Override
    public Optional<JsonObject> findOrder(String orderId) {
        ready();
        return Optional.ofNullable(em.find(RetailOrderRecord.class, orderId)).map(r -> parse(r.getDocument()));
    }

    @Override
    public Optional<JsonObject> findProduct(String productId) {
        ready();
        return Optional.ofNullable(em.find(RetailProductRecord.class, productId)).map(r -> parse(r.getDocument()));
    }

    @Override
    public List<JsonObject> products() {
        ready();
        return em.createQuery("select p from RetailProductRecord p order by p.seq", RetailProductRecord.class)
                .getResultList().stream().map(r -> parse(r.getDocument())).toList();
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        ready();
        String wanted = email.toLowerCase(Locale.ROOT);
        return em.createQuery("select u from RetailUserRecord u where lower(u.email) = :email order by u.seq",
                        RetailUserRecord.class)
                .setParameter("email", wanted)
                .getResultList().stream()
                .filter(r -> parse(r.getDocument()).getString("email", "").toLowerCase(Locale.ROOT).equals(wanted))
                .map(RetailUserRecord::getId)
                .findFirst();
    }

    @Override
    public Optional<String> findUserIdByNameZip(String firstName, String lastName, String zip) {
        ready();
        return em.createQuery("select u from RetailUserRecord u where u.zip = :zip order by u.seq",
                        RetailUserRecord.class)
                .setParameter("zip", zip)
                .getResultList().stream()
                .filter(r -> RetailUsers.matchesNameZip(parse(r.getDocument()), firstName, lastName, zip))
                .map(RetailUserRecord::getId)
                .findFirst();
    }

    /** @throws IllegalArgumentException if the user does not exist (tools only change existing records) */
    @Override
    public void saveUser(String userId, JsonObject user) {
        ready();
        RetailUserRecord record = em.find(RetailUserRecord.class, userId);
        if (record == null) {
            throw new IllegalArgumentException("no retail user " + userId);
        }
        RetailRecordColumns.fillUser(record, user);
    }

    /** @throws IllegalArgumentException if the order does not exist (tools only change existing records) */
    @Override
    public void saveOrder(String orderId, JsonObject order) {
        ready();
        RetailOrderRecord record = em.find(RetailOrderRecord.class, orderId);
        if (record == null) {
            throw new IllegalArgumentException("no retail order " + orderId);
        }
        RetailRecordColumns.fillOrder(record, order);
    }

    private static JsonObject parse(String document) {
        return JsonDocuments.parse(document).orElseThrow(() -> new IllegalStateException("corrupt retail document"))
                .asJsonObject();
    }
}
