package org.switchboard.core.ticket;

/**
 * CDI event fired synchronously inside the transaction that opens a ticket ({@link TicketService#open}), so an
 * observer (the SLA's due times) changes the ticket before it commits.
 *
 * @param ticket the new ticket, persisted and managed
 */
public record TicketOpened(Ticket ticket) {
}
