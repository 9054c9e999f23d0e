package org.switchboard.plugins.retail.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A retail user (table {@code retail_users}): the tau-bench user record as JSON, with its email, name and zip
 * copied into indexed columns for the lookups.
 */
@Entity
@Table(name = "retail_users")
public class RetailUserRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(name = "zip", nullable = false, length = 20)
    private String zip;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected RetailUserRecord() {
    }

    /**
     * @param id  the user id
     * @param seq the position in the source data (lookups return the first match in this order)
     */
    public RetailUserRecord(String id, int seq) {
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
     * @param document  the record as JSON text
     * @param email     its {@code email}
     * @param firstName its {@code name.first_name}
     * @param lastName  its {@code name.last_name}
     * @param zip       its {@code address.zip}
     */
    public void update(String document, String email, String firstName, String lastName, String zip) {
        this.document = document;
        this.email = email;
        this.firstName = firstName;
        this.lastName = lastName;
        this.zip = zip;
    }
}
