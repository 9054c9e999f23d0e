/**
 * JPA pieces shared by the commerce plugins: the verified email addresses of a Switchboard customer
 * ({@link org.switchboard.plugins.commerce.jpa.VerifiedEmailDirectory}), through which a customer is linked to
 * a retail or airline user, and the ledger of refunds paid out without approval
 * ({@link org.switchboard.plugins.commerce.jpa.JpaRefundLedger}, table {@code refund_ledger}). No tool logic here.
 */
package org.switchboard.plugins.commerce.jpa;
