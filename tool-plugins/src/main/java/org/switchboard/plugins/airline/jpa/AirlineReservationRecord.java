package org.switchboard.plugins.airline.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reservation (table {@code airline_reservations}): the tau-bench record as JSON, its owner and status. */
@Entity
@Table(name = "airline_reservations")
public class AirlineReservationRecord {

    @Id
    @Column(name = "id", length = 16)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "status", length = 40)
    private String status;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected AirlineReservationRecord() {
    }

    /**
     * @param id  the reservation id
     * @param seq the position in the source data; new bookings come after it
     */
    public AirlineReservationRecord(String id, int seq) {
        this.id = id;
        this.seq = seq;
    }

    /** @return the record as JSON text */
    public String getDocument() {
        return document;
    }

    /**
     * @param document the record as JSON text
     * @param userId   its {@code user_id}
     * @param status   its {@code status}, null when it has none (active)
     */
    public void update(String document, String userId, String status) {
        this.document = document;
        this.userId = userId;
        this.status = status;
    }
}
