/**
 * Service-level targets of tickets: per {@link org.switchboard.core.ticket.TicketPriority} a first-response and a
 * resolution target, counted in business hours ({@link org.switchboard.core.hours.BusinessHours}) from the moment the
 * ticket is opened ({@link SlaPolicy}); a watcher on the managed scheduler ({@link SlaWatch}) records the first answer
 * of a person (a transcript line of role {@code HUMAN}), tells the support team once through the outbox when a target
 * is about to be missed ({@link StaffAlertAddress}, implemented by the channels), and marks breaches. No channel code.
 */
package org.switchboard.core.sla;
