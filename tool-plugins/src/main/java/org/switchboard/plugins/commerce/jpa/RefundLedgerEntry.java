package org.switchboard.plugins.commerce.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One refund paid out without approval (table {@code refund_ledger}, migration V21). */
@Entity
@Table(name = "refund_ledger")
public class RefundLedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account", nullable = false, length = 200)
    private String account;

    @Column(name = "tool_name", nullable = false, length = 100)
    private String toolName;

    @Column(name = "amount", nullable = false, precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(name = "refunded_at", nullable = false)
    private Instant refundedAt;

    /** For JPA. */
    protected RefundLedgerEntry() {
    }

    /**
     * @param account    e.g. {@code retail:<user_id>}
     * @param toolName   the refunding tool
     * @param amount     the amount, positive
     * @param refundedAt when
     */
    public RefundLedgerEntry(String account, String toolName, BigDecimal amount, Instant refundedAt) {
        this.account = account;
        this.toolName = toolName;
        this.amount = amount;
        this.refundedAt = refundedAt;
    }
}
