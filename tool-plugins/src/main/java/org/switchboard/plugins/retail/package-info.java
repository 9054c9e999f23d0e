/**
 * The Orders &amp; Returns plugin: the tau-bench retail domain (sierra-research/tau-bench, MIT) re-implemented
 * behind Switchboard's tool SPI, with the same rules and the same outputs as tau-bench's Python tools.
 *
 * <ul>
 *   <li>{@link org.switchboard.plugins.retail.RetailPlugin} — the CDI plugin: scope from the verified customer,
 *       approval rule ({@link org.switchboard.plugins.retail.RefundApproval}).</li>
 *   <li>{@link org.switchboard.plugins.retail.RetailToolbox} and one class per tool
 *       ({@link org.switchboard.plugins.retail.CancelPendingOrder}, ...).</li>
 *   <li>{@link org.switchboard.plugins.retail.RetailStore} — the storage port, with
 *       {@link org.switchboard.plugins.retail.InMemoryRetailStore} (replay, tests),
 *       {@link org.switchboard.plugins.retail.ScopedRetailStore} (the customer's view) and the MariaDB
 *       implementation in {@link org.switchboard.plugins.retail.jpa}.</li>
 * </ul>
 *
 * <p>Records are JSON documents in tau-bench's format, so what a tool returns and stores is tau-bench's data
 * byte for byte in meaning. No JPA and no channel code here.
 */
package org.switchboard.plugins.retail;
