/**
 * Switchboard's built-in tool plugins: CDI beans implementing bot-core's tool SPI
 * ({@link org.switchboard.core.tool.ToolPlugin}), packaged by feature.
 *
 * <ul>
 *   <li>{@link org.switchboard.plugins.knowledge} — {@code knowledge-base}: full-text search (Lucene, BM25) over
 *       the customer-facing articles of a knowledge base, by default the bundled Rho-Bank sample
 *       ({@code kb/rho-bank} on the classpath, MIT, from sierra-research/tau2-bench).</li>
 *   <li>{@link org.switchboard.plugins.ticket} — {@code tickets}: opens a support ticket for the verified
 *       customer.</li>
 *   <li>{@link org.switchboard.plugins.retail} — {@code retail-orders}: the tau-bench retail domain (orders,
 *       returns, exchanges) on MariaDB, scoped to the verified customer; sample data from
 *       sierra-research/tau-bench (MIT, {@code commerce/retail}).</li>
 *   <li>{@link org.switchboard.plugins.airline} — {@code airline-reservations}: the tau-bench airline domain
 *       (flights, reservations, baggage, certificates), likewise ({@code commerce/airline}).</li>
 *   <li>{@link org.switchboard.plugins.commerce} — what the two commerce plugins share (customer scope, Python
 *       number semantics, tool catalog, generic tools) and the tau-bench replay
 *       ({@link org.switchboard.plugins.commerce.replay}).</li>
 *   <li>{@link org.switchboard.plugins.arguments} — reading and validating a tool call's JSON arguments, shared by
 *       the plugins.</li>
 * </ul>
 *
 * <p>The jar is a CDI bean archive with {@code bean-discovery-mode="annotated"}: only the
 * {@code @ApplicationScoped} plugins become beans. Everything else has plain constructors and can be used
 * without a container (unit tests, the benchmark).
 */
package org.switchboard.plugins;
