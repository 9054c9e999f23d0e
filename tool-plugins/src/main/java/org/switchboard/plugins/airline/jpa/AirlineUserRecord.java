package org.switchboard.plugins.airline.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An airline user (table {@code airline_users}): the tau-bench user record as JSON and its email. */
@Entity
@Table(name = "airline_users")
public class AirlineUserRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected AirlineUserRecord() {
    }

    /**
     * @param id  the user id
     * @param seq the position in the source data
     */
    public AirlineUserRecord(String id, int seq) {
        this.id = id;
        this.seq = seq;
    }

    /** @return the user id */
    public String getId() {
        return id;
    }

    /** @return the record as JSON text */
    public String getDocument() {
        return document;
    }

    /**
     * @param document the record as JSON text
     * @param email    its {@code email}
     */
    public void update(String document, String email) {
        this.document = document;
        this.email = email;
    }
}
