package org.switchboard.plugins.retail.jpa;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.plugins.retail.RetailDataSet;

/**
 * Fills the empty retail tables from the bundled tau-bench sample data ({@link RetailDataSet#bundled()}) when
 * the application starts. Idempotent: a table that already holds rows is left alone, so changes made by the
 * tools survive restarts.
 *
 * <p>Runs after the schema migration (observer priority {@code APPLICATION + 50}; the migrator observes at
 * {@code APPLICATION}) and before the tool registry warms up ({@code APPLICATION + 100}). When the database is
 * not reachable at start-up the failure is logged and the store ({@link JpaRetailStore}) loads on first use
 * instead ({@link #ensureLoaded()}).
 */
@ApplicationScoped
public class RetailSampleDataLoader {

    private static final Logger LOG = Logs.logger(RetailSampleDataLoader.class);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    private volatile boolean loaded;

    /**
     * @param startup the container's start-up event
     * @param self    this bean's contextual reference, so the call goes through the transaction interceptor
     */
    void onStartup(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 50) Startup startup,
                   RetailSampleDataLoader self) {
        try {
            self.ensureLoaded();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Retail sample data not loaded at start-up; the store retries on first use", e);
        }
    }

    /** @return whether the tables are known to hold data (loaded now or found non-empty) */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * Fills every empty table, in a transaction of its own, unless that already succeeded.
     *
     * @return how many records were inserted (0 when every table already had data)
     * @throws UncheckedIOException if the bundled data cannot be read
     * @throws RuntimeException     if the database fails (the next call tries again)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public synchronized int ensureLoaded() {
        if (loaded) {
            return 0;
        }
        int inserted = loadIfEmpty();
        loaded = true;
        return inserted;
    }

    private int loadIfEmpty() {
        RetailDataSet data;
        try {
            data = RetailDataSet.bundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int inserted = 0;
        if (isEmpty("RetailProductRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.products().entrySet()) {
                RetailProductRecord record = new RetailProductRecord(e.getKey(), seq++);
                RetailRecordColumns.fillProduct(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        if (isEmpty("RetailUserRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.users().entrySet()) {
                RetailUserRecord record = new RetailUserRecord(e.getKey(), seq++);
                RetailRecordColumns.fillUser(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        if (isEmpty("RetailOrderRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.orders().entrySet()) {
                RetailOrderRecord record = new RetailOrderRecord(e.getKey(), seq++);
                RetailRecordColumns.fillOrder(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        int total = inserted;
        LOG.info(() -> "Retail sample data: " + total + " record(s) loaded");
        return inserted;
    }

    private boolean isEmpty(String entity) {
        return em.createQuery("select count(r) from " + entity + " r", Long.class).getSingleResult() == 0;
    }
}
