/**
 * The Flights &amp; Reservations plugin: the tau-bench airline domain (sierra-research/tau-bench, MIT) behind
 * Switchboard's tool SPI, with the same rules and outputs as tau-bench's Python tools: users, flights (with
 * per-date status, seats and prices), reservations; booking, flight search (direct and one-stop), baggage,
 * passengers, cancellation and certificates.
 *
 * <p>{@link org.switchboard.plugins.airline.AirlinePlugin} is the CDI plugin,
 * {@link org.switchboard.plugins.airline.AirlineToolbox} the tools by name,
 * {@link org.switchboard.plugins.airline.AirlineStore} the storage port with an in-memory implementation and
 * the customer-scoped view. Money follows Python's int/float arithmetic ({@link
 * org.switchboard.plugins.commerce.PythonNumbers}). No JPA and no channel code here.
 */
package org.switchboard.plugins.airline;
