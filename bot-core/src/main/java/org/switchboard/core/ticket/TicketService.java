package org.switchboard.core.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.customer.CustomerId;

/**
 * Opens and lists tickets. Runs in the caller's transaction (the turn's), so a ticket and the reply that
 * announces its number commit together or not at all.
 */
@ApplicationScoped
public class TicketService {

    @PersistenceContext(unitName = "switchboard")
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    @Inject
    Event<TicketOpened> opened;

    /**
     * Opens a ticket for a customer.
     *
     * @param customer     the verified customer
     * @param conversation the conversation it came from, or null
     * @param subject      one line (cut to 200 characters)
     * @param description  what the customer needs
     * @return the persisted ticket, with its number
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket open(CustomerId customer, ConversationId conversation, String subject, String description) {
        return open(customer, conversation, subject, description, TicketPriority.NORMAL);
    }

    /**
     * Opens a ticket with a priority and fires {@link TicketOpened} in the caller's transaction (the SLA sets the
     * ticket's due times from it).
     *
     * @param customer     the verified customer
     * @param conversation the conversation it came from, or null
     * @param subject      one line (cut to 200 characters)
     * @param description  what the customer needs
     * @param priority     how urgent it is
     * @return the persisted ticket, with its number; when the conversation already waits for a person
     *         (WAITING_FOR_HUMAN, e.g. the bot answering after hours escalates again) and has a ticket not closed,
     *         that ticket (audited {@code ticket.reused}; no second ticket, no event)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket open(CustomerId customer, ConversationId conversation, String subject, String description,
                       TicketPriority priority) {
        Optional<Ticket> waiting = conversation == null ? Optional.empty() : openTicketWhileWaiting(conversation);
        if (waiting.isPresent()) {
            audit.record("bot", "ticket.reused", "ticket:" + waiting.get().getId(),
                    "conversation " + conversation.value() + " already waits for a person with this ticket");
            return waiting.get();
        }
        Instant now = clock.instant();
        Ticket ticket = new Ticket(customer.value(), conversation == null ? null : conversation.value(),
                subject, description, now);
        ticket.prioritise(priority);
        em.persist(ticket);
        opened.fire(new TicketOpened(ticket));
        em.flush();
        audit.record("bot", "ticket.opened", "ticket:" + ticket.getId(),
                "customer " + customer.value() + (conversation == null ? "" : ", conversation " + conversation.value()));
        return ticket;
    }

    /**
     * The conversation's newest ticket not closed (open or in progress), when the conversation already waits for a
     * person (the bot answering after hours must not open a second ticket for an escalation that is already waiting).
     */
    private Optional<Ticket> openTicketWhileWaiting(ConversationId conversation) {
        return em.createQuery("select t from Ticket t where t.conversationId = :c and t.status <> :closed and exists ("
                        + "select c from Conversation c where c.id = :c and c.status = :waiting) order by t.id desc",
                        Ticket.class)
                .setParameter("c", conversation.value()).setParameter("closed", TicketStatus.CLOSED)
                .setParameter("waiting", ConversationStatus.WAITING_FOR_HUMAN)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * @param customer a customer
     * @return that customer's tickets, newest first
     */
    public List<Ticket> forCustomer(CustomerId customer) {
        return em.createQuery("select t from Ticket t where t.customerId = :c order by t.id desc", Ticket.class)
                .setParameter("c", customer.value())
                .getResultList();
    }

    /**
     * @param customer the verified customer
     * @param ticketId a ticket number
     * @return the ticket, only when it belongs to that customer (another customer's ticket looks absent)
     */
    public Optional<Ticket> findForCustomer(CustomerId customer, long ticketId) {
        Ticket ticket = em.find(Ticket.class, ticketId);
        return ticket == null || ticket.getCustomerId() != customer.value() ? Optional.empty() : Optional.of(ticket);
    }

    /**
     * Adds the customer's note to their own ticket and/or closes it, audited ({@code ticket.updated}).
     *
     * @param customer the verified customer
     * @param ticketId the ticket number
     * @param note     a note to add, or null
     * @param close    whether to close the ticket
     * @return the updated ticket
     * @throws java.util.NoSuchElementException if the customer has no such ticket
     * @throws IllegalArgumentException         if neither a note nor close is given, or the note is too long
     * @throws IllegalStateException            if the ticket is already closed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Ticket update(CustomerId customer, long ticketId, String note, boolean close) {
        if ((note == null || note.isBlank()) && !close) {
            throw new IllegalArgumentException("nothing to change: give a note, close the ticket, or both");
        }
        Ticket ticket = em.find(Ticket.class, ticketId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null || ticket.getCustomerId() != customer.value()) {
            throw new java.util.NoSuchElementException("no ticket #" + ticketId + " for this customer");
        }
        if (note != null && !note.isBlank()) {
            ticket.addNote("customer", note, clock.instant());
        }
        if (close) {
            ticket.close();
        }
        audit.record("bot", "ticket.updated", "ticket:" + ticketId, "customer " + customer.value()
                + (note != null && !note.isBlank() ? ", note added" : "") + (close ? ", closed" : ""));
        return ticket;
    }
}
