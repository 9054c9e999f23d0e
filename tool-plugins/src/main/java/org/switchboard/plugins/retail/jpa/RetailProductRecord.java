package org.switchboard.plugins.retail.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A retail product type with its variants (table {@code retail_products}), as the tau-bench record in JSON. */
@Entity
@Table(name = "retail_products")
public class RetailProductRecord {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "seq", nullable = false)
    private int seq;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "document", nullable = false, columnDefinition = "LONGTEXT")
    private String document;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** For JPA. */
    protected RetailProductRecord() {
    }

    /**
     * @param id  the product id
     * @param seq the position in the source data
     */
    public RetailProductRecord(String id, int seq) {
        this.id = id;
        this.seq = seq;
    }

    /** @return the product id */
    public String getId() {
        return id;
    }

    /** @return the record as JSON text */
    public String getDocument() {
        return document;
    }

    /**
     * @param document the record as JSON text
     * @param name     its {@code name}
     */
    public void update(String document, String name) {
        this.document = document;
        this.name = name;
    }
}
