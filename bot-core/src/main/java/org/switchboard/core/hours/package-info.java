/**
 * Business hours: when the support team is at work (a weekly schedule in one time zone, minus holidays), the next
 * opening time in words a customer reads ("Monday at 9:00 CET"), and durations counted in working time (the SLA's
 * due times). Pure domain logic on {@code java.time}: no CDI beans except {@link BusinessHoursConfig}, which reads the
 * MicroProfile Config settings; no database, no channel code.
 */
package org.switchboard.core.hours;
