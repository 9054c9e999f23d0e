/**
 * The database schema: Flyway migrations ({@code db/migration/V*.sql}) applied at start-up by
 * {@link org.switchboard.server.schema.SchemaMigrator}, before the workers start. Hibernate never changes the
 * schema.
 */
package org.switchboard.server.schema;
