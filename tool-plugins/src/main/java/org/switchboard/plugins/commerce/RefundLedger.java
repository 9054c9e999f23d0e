package org.switchboard.plugins.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The refunds a commerce plugin has paid out without a human's approval, per account, so that the approval rule can
 * look at a customer's running total over a window and not only at one call (issue 19: a refund above the threshold
 * split into several smaller calls). An account is a plugin-qualified user id such as {@code retail:sofia_rossi_8776}.
 * Implementations: {@link org.switchboard.plugins.commerce.jpa.JpaRefundLedger} (MariaDB, table
 * {@code refund_ledger}) and {@link #NONE} (remembers nothing: per-call rule only, for replays).
 */
public interface RefundLedger {

    /** Remembers nothing and reports zero: only the per-call threshold applies. */
    RefundLedger NONE = new RefundLedger() {
        @Override
        public BigDecimal refundedSince(String account, Instant since) {
            return BigDecimal.ZERO;
        }

        @Override
        public void record(String account, String toolName, BigDecimal amount, Instant at) {
            // nothing to remember
        }
    };

    /**
     * @param account the account, e.g. {@code retail:<user_id>}
     * @param since   the start of the window, inclusive
     * @return the sum of the amounts recorded for that account at or after {@code since}; zero when none
     */
    BigDecimal refundedSince(String account, Instant since);

    /**
     * Records one refund paid out, in the caller's transaction.
     *
     * @param account  the account, e.g. {@code retail:<user_id>}
     * @param toolName the tool that refunded
     * @param amount   the amount refunded, positive, in the order's currency
     * @param at       when
     */
    void record(String account, String toolName, BigDecimal amount, Instant at);
}
