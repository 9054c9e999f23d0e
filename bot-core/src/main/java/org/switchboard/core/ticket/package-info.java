/**
 * Support tickets: what a human picks up when the bot cannot help. {@link org.switchboard.core.ticket.Ticket}
 * is the JPA entity (table {@code tickets}); {@link org.switchboard.core.ticket.TicketService} opens them inside
 * the caller's transaction and audits it. No channel classes here.
 */
package org.switchboard.core.ticket;
