package org.switchboard.plugins.airline.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.switchboard.plugins.airline.AirlineStore;
import org.switchboard.plugins.commerce.JsonDocuments;

/**
 * The {@link AirlineStore} on MariaDB (persistence unit {@code switchboard}), in the caller's transaction;
 * concurrent changes of one record fail on the version column. New reservations are appended after the
 * existing ones ({@code seq}).
 */
@ApplicationScoped
@Transactional
public class JpaAirlineStore implements AirlineStore {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    AirlineSampleDataLoader loader;

    private void ready() {
        if (!loader.isLoaded()) {
            loader.ensureLoaded();
        }
    }

    @Override
    public Optional<JsonObject> findUser(String userId) {
        ready();
        return Optional.ofNullable(em.find(AirlineUserRecord.class, userId)).map(r -> parse(r.getDocument()));
    }

    @Override
    public Optional<String> findUserIdByEmail(String email) {
        ready();
        String wanted = email.toLowerCase(Locale.ROOT);
        return em.createQuery("select u from AirlineUserRecord u where lower(u.email) = :email order by u.seq",
                        AirlineUserRecord.class)
                .setParameter("email", wanted)
                .getResultList().stream()
                .filter(r -> parse(r.getDocument()).getString("email", "").toLowerCase(Locale.ROOT).equals(wanted))
                .map(AirlineUserRecord::getId)
                .findFirst();
    }

    @Override
    public Optional<JsonObject> findReservation(String reservationId) {
        ready();
        return Optional.ofNullable(em.find(AirlineReservationRecord.class, reservationId))
                .map(r -> parse(r.getDocument()));
    }

    @Override
    public boolean reservationIdTaken(String reservationId) {
        ready();
        return em.find(AirlineReservationRecord.class, reservationId) != null;
    }

    @Override
    public Optional<JsonObject> findFlight(String flightNumber) {
        ready();
        return Optional.ofNullable(em.find(AirlineFlightRecord.class, flightNumber)).map(r -> parse(r.getDocument()));
    }

    @Override
    public List<JsonObject> flights() {
        ready();
        return em.createQuery("select f from AirlineFlightRecord f order by f.seq", AirlineFlightRecord.class)
                .getResultList().stream().map(r -> parse(r.getDocument())).toList();
    }

    /** @throws IllegalArgumentException if the user does not exist (tools only change existing users) */
    @Override
    public void saveUser(String userId, JsonObject user) {
        ready();
        AirlineUserRecord record = em.find(AirlineUserRecord.class, userId);
        if (record == null) {
            throw new IllegalArgumentException("no airline user " + userId);
        }
        AirlineRecordColumns.fillUser(record, user);
    }

    @Override
    public void saveReservation(String reservationId, JsonObject reservation) {
        ready();
        AirlineReservationRecord record = em.find(AirlineReservationRecord.class, reservationId);
        if (record == null) {
            Integer last = em.createQuery("select max(r.seq) from AirlineReservationRecord r", Integer.class)
                    .getSingleResult();
            record = new AirlineReservationRecord(reservationId, last == null ? 0 : last + 1);
            AirlineRecordColumns.fillReservation(record, reservation);
            em.persist(record);
        } else {
            AirlineRecordColumns.fillReservation(record, reservation);
        }
    }

    private static JsonObject parse(String document) {
        return JsonDocuments.parse(document).orElseThrow(() -> new IllegalStateException("corrupt airline document"))
                .asJsonObject();
    }
}
