package org.switchboard.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One audited action (table {@code audit_entries}). Immutable once written. */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 100)
    private String action;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(columnDefinition = "TEXT")
    private String details;

    protected AuditEntry() {
        // JPA
    }

    /**
     * @param occurredAt when it happened
     * @param actor      who did it: {@code bot}, {@code system}, or an admin's user name
     * @param action     dotted verb, e.g. {@code ticket.opened}
     * @param subject    what it was done to, e.g. {@code ticket:1001}
     * @param details    free text without secrets, or null
     */
    public AuditEntry(Instant occurredAt, String actor, String action, String subject, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subject = subject;
        this.details = details;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return when it happened */
    public Instant getOccurredAt() {
        return occurredAt;
    }

    /** @return who did it */
    public String getActor() {
        return actor;
    }

    /** @return the action */
    public String getAction() {
        return action;
    }

    /** @return the subject */
    public String getSubject() {
        return subject;
    }

    /** @return the details, or null */
    public String getDetails() {
        return details;
    }
}
