package org.switchboard.plugins.airline.jpa;

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
import org.switchboard.plugins.airline.AirlineDataSet;

/**
 * Fills the empty airline tables from the bundled tau-bench sample data when the application starts.
 * Idempotent: a table that already holds rows is left alone, so bookings and changes survive restarts.
 *
 * <p>Runs after the schema migration (observer priority {@code APPLICATION + 50}; the migrator observes at
 * {@code APPLICATION}). When the database is not reachable at start-up the failure is logged and the store
 * ({@link JpaAirlineStore}) loads on first use instead ({@link #ensureLoaded()}).
 */
@ApplicationScoped
public class AirlineSampleDataLoader {

    private static final Logger LOG = Logs.logger(AirlineSampleDataLoader.class);

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    private volatile boolean loaded;

    /**
     * @param startup the container's start-up event
     * @param self    this bean's contextual reference, so the call goes through the transaction interceptor
     */
    void onStartup(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 50) Startup startup,
                   AirlineSampleDataLoader self) {
        try {
            self.ensureLoaded();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Airline sample data not loaded at start-up; the store retries on first use", e);
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
        AirlineDataSet data;
        try {
            data = AirlineDataSet.bundled();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int inserted = 0;
        if (isEmpty("AirlineFlightRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.flights().entrySet()) {
                AirlineFlightRecord record = new AirlineFlightRecord(e.getKey(), seq++);
                AirlineRecordColumns.fillFlight(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        if (isEmpty("AirlineUserRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.users().entrySet()) {
                AirlineUserRecord record = new AirlineUserRecord(e.getKey(), seq++);
                AirlineRecordColumns.fillUser(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        if (isEmpty("AirlineReservationRecord")) {
            int seq = 0;
            for (Map.Entry<String, JsonObject> e : data.reservations().entrySet()) {
                AirlineReservationRecord record = new AirlineReservationRecord(e.getKey(), seq++);
                AirlineRecordColumns.fillReservation(record, e.getValue());
                em.persist(record);
                inserted++;
            }
        }
        int total = inserted;
        LOG.info(() -> "Airline sample data: " + total + " record(s) loaded");
        return inserted;
    }

    private boolean isEmpty(String entity) {
        return em.createQuery("select count(r) from " + entity + " r", Long.class).getSingleResult() == 0;
    }
}
