-- Issue 19 (security review). Refunds paid out without approval, per account (e.g. `retail:<user_id>`), so the
-- approval rule can hold a call when the account's running total within the window would pass the limit
-- (`RefundApproval`), not only when one call does.
CREATE TABLE refund_ledger (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account     VARCHAR(200)   NOT NULL,
    tool_name   VARCHAR(100)   NOT NULL,
    amount      DECIMAL(14, 2) NOT NULL,
    refunded_at DATETIME(6)    NOT NULL,
    INDEX ix_refund_ledger_account (account, refunded_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
