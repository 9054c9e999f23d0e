/**
 * The MariaDB side of the retail plugin: the {@link org.switchboard.plugins.retail.RetailStore} on JPA
 * ({@link org.switchboard.plugins.retail.jpa.JpaRetailStore}), its three entities (tables {@code retail_users},
 * {@code retail_orders}, {@code retail_products} of migration {@code V5__retail_sample_data.sql}: id, source
 * position, the tau-bench record as a JSON document, a few indexed columns and an optimistic-lock version), the
 * loader that fills empty tables from the bundled sample data at start-up
 * ({@link org.switchboard.plugins.retail.jpa.RetailSampleDataLoader}), and the link from a verified customer to
 * a retail user by email ({@link org.switchboard.plugins.retail.jpa.EmailRetailCustomerLinks}).
 *
 * <p>The entities must be listed in the server's {@code persistence.xml}. No tool logic here.
 */
package org.switchboard.plugins.retail.jpa;
