package org.switchboard.plugins.retail.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A retail order (table {@code retail_orders}): the tau-bench order record as JSON, its owner and status. */
@Entity
@Table(name = "retail_orders")
public class RetailOrderRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "status", nullable = false, length = 40)
    private String status;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected RetailOrderRecord() {
    }

    /**
     * @param id  the order id, e.g. {@code #W0000000}
     * @param seq the position in the source data
     */
    public RetailOrderRecord(String id, int seq) {
        this.id = id;
        this.seq = seq;
    }

    /** @return the order id */
    public String getId() {
        return id;
    }

    /** @return the record as JSON text */
    public String getDocument() {
        return document;
    }

    /**
     * @param document the record as JSON text
     * @param userId   its {@code user_id}
     * @param status   its {@code status}
     */
    public void update(String document, String userId, String status) {
        this.document = document;
        this.userId = userId;
        this.status = status;
    }
}
