package org.switchboard.core.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A support ticket (table {@code tickets}). Its number, shown to customers as {@code #1001}, is the primary
 * key; the schema starts numbering at 1001.
 */
@Entity
@Table(name = "tickets")
public class Ticket {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "conversation_id")
    private Long conversationId;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TicketStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private TicketPriority priority = TicketPriority.NORMAL;

    @Column(name = "first_response_due_at")
    private Instant firstResponseDueAt;

    @Column(name = "resolution_due_at")
    private Instant resolutionDueAt;

    @Column(name = "first_response_at")
    private Instant firstResponseAt;

    @Column(name = "first_response_breached_at")
    private Instant firstResponseBreachedAt;

    @Column(name = "resolution_breached_at")
    private Instant resolutionBreachedAt;

    protected Ticket() {
        // JPA
    }

    /**
     * @param customerId     the customer the ticket is for
     * @param conversationId the conversation it came from, or null
     * @param subject        a one-line subject, at most 200 characters (longer is cut)
     * @param description    what the customer needs, any length
     * @param createdAt      when it was opened
     */
    public Ticket(long customerId, Long conversationId, String subject, String description, Instant createdAt) {
        this.customerId = customerId;
        this.conversationId = conversationId;
        this.subject = subject.length() > 200 ? subject.substring(0, 197) + "..." : subject;
        this.description = description;
        this.status = TicketStatus.OPEN;
        this.createdAt = createdAt;
    }

    /** Longest description kept (the column is TEXT, 65,535 bytes; four bytes per character at most). */
    public static final int MAX_DESCRIPTION = 16_000;

    /**
     * Appends a dated note to the description: a blank line, {@code [Note from <author>, <instant>]}, the note.
     *
     * @param author who writes it (e.g. {@code customer})
     * @param note   the note, not blank
     * @param at     when
     * @throws IllegalArgumentException if the note is blank or the description would exceed {@link #MAX_DESCRIPTION}
     * @throws IllegalStateException    if the ticket is closed
     */
    public void addNote(String author, String note, Instant at) {
        if (status == TicketStatus.CLOSED) {
            throw new IllegalStateException("ticket " + displayNumber() + " is closed");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("a note must not be blank");
        }
        String appended = description + "\n\n[Note from " + author + ", " + at + "]\n" + note.strip();
        if (appended.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("the ticket's description would exceed " + MAX_DESCRIPTION
                    + " characters");
        }
        description = appended;
    }

    /**
     * Closes the ticket (the customer's problem is solved).
     *
     * @throws IllegalStateException if it is already closed
     */
    public void close() {
        if (status == TicketStatus.CLOSED) {
            throw new IllegalStateException("ticket " + displayNumber() + " is already closed");
        }
        status = TicketStatus.CLOSED;
    }

    /** @return the ticket number (primary key), null before it is persisted */
    public Long getId() {
        return id;
    }

    /** @return the number as customers see it, e.g. {@code #1001} */
    public String displayNumber() {
        return "#" + id;
    }

    /** @return the customer's id */
    public long getCustomerId() {
        return customerId;
    }

    /** @return the conversation id, or null */
    public Long getConversationId() {
        return conversationId;
    }

    /** @return the subject line */
    public String getSubject() {
        return subject;
    }

    /** @return the description */
    public String getDescription() {
        return description;
    }

    /** @return the status */
    public TicketStatus getStatus() {
        return status;
    }

    /** @return when it was opened */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @param priority how urgent the ticket is */
    public void prioritise(TicketPriority priority) {
        this.priority = java.util.Objects.requireNonNull(priority, "priority");
    }

    /**
     * Sets the ticket's SLA due times.
     *
     * @param firstResponseDue when a person must first have answered, or null for no target
     * @param resolutionDue    when it must be closed, or null for no target
     */
    public void target(Instant firstResponseDue, Instant resolutionDue) {
        this.firstResponseDueAt = firstResponseDue;
        this.resolutionDueAt = resolutionDue;
    }

    /** @return the priority */
    public TicketPriority getPriority() {
        return priority;
    }

    /** @return when a person must first have answered, or null when there is no target */
    public Instant getFirstResponseDueAt() {
        return firstResponseDueAt;
    }

    /** @return when the ticket must be closed, or null when there is no target */
    public Instant getResolutionDueAt() {
        return resolutionDueAt;
    }

    /** @return when a person first answered, or null */
    public Instant getFirstResponseAt() {
        return firstResponseAt;
    }

    /** @return when the first-response target was seen missed, or null */
    public Instant getFirstResponseBreachedAt() {
        return firstResponseBreachedAt;
    }

    /** @return when the resolution target was seen missed, or null */
    public Instant getResolutionBreachedAt() {
        return resolutionBreachedAt;
    }
}
