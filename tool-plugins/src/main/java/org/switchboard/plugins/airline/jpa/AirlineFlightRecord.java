package org.switchboard.plugins.airline.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A flight with its per-date status, seats and prices (table {@code airline_flights}), as JSON. */
@Entity
@Table(name = "airline_flights")
public class AirlineFlightRecord {

    @Id
    @Column(name = "id", length = 16)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "origin", nullable = false, length = 3)
    private String origin;

    @Column(name = "destination", nullable = false, length = 3)
    private String destination;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected AirlineFlightRecord() {
    }

    /**
     * @param id  the flight number
     * @param seq the position in the source data (searches list flights in this order)
     */
    public AirlineFlightRecord(String id, int seq) {
        this.id = id;
        this.seq = seq;
    }

    /** @return the record as JSON text */
    public String getDocument() {
        return document;
    }

    /**
     * @param document    the record as JSON text
     * @param origin      its {@code origin}
     * @param destination its {@code destination}
     */
    public void update(String document, String origin, String destination) {
        this.document = document;
        this.origin = origin;
        this.destination = destination;
    }
}
