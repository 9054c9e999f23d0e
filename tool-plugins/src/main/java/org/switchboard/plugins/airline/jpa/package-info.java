/**
 * The MariaDB side of the airline plugin: {@link org.switchboard.plugins.airline.jpa.JpaAirlineStore}, its
 * entities (tables {@code airline_users}, {@code airline_flights}, {@code airline_reservations} of migration
 * {@code V6__airline_sample_data.sql}: id, source position, the tau-bench record as JSON, indexed columns,
 * version), the start-up loader of the bundled sample data and the customer link by verified email.
 * The entities must be listed in the server's {@code persistence.xml}. No tool logic here.
 */
package org.switchboard.plugins.airline.jpa;
