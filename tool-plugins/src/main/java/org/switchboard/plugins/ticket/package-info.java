/**
 * Support tickets as tools: the {@code tickets} plugin ({@link org.switchboard.plugins.ticket.TicketPlugin},
 * tools {@code open_ticket}, {@code list_my_tickets}, {@code get_ticket}, {@code update_ticket}) opens, shows and
 * updates the verified customer's own tickets through bot-core's
 * {@link org.switchboard.core.ticket.TicketService}, so a human can take over what the bot cannot solve.
 */
package org.switchboard.plugins.ticket;
