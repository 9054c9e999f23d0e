-- Human approval (issue 4): tool calls of NEEDS_APPROVAL tools held for an approver. The exact call (tool name
-- and arguments JSON) and what it was made for (conversation, customer, channel) are stored so the call can run
-- days later, after restarts. status: PENDING, APPROVED, DENIED (EXPIRED is a pending request past expires_at).
-- A decision locks the row, so the call runs at most once; `version` is the optimistic-lock counter.
CREATE TABLE approval_requests (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT        NOT NULL,
    customer_id     BIGINT        NOT NULL,
    channel         VARCHAR(20)   NOT NULL,
    tool_name       VARCHAR(100)  NOT NULL,
    arguments       TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    expires_at      DATETIME(6)   NOT NULL,
    decided_by      VARCHAR(200),
    decided_at      DATETIME(6),
    reason          VARCHAR(4000),
    result          TEXT,
    result_success  BOOLEAN,
    version         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_approval_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_approval_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_approval_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
