-- Issue 20 (people in the loop, the customer's side): customer satisfaction (CSAT) requests and ratings, and the
-- first-response and resolution targets (SLA) of tickets, computed in business hours.

-- One CSAT request per conversation, asked when it is closed. token: 32 random bytes, base64url (43 characters),
-- the only thing a rating link or button carries. score 1-5 and comment stay NULL until the customer rates; the
-- first rating wins (repeated clicks change nothing).
CREATE TABLE csat_requests (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id    BIGINT       NOT NULL,
    token              VARCHAR(64)  NOT NULL COLLATE utf8mb4_bin,
    channel            VARCHAR(20)  NOT NULL,
    resolved_by_person BOOLEAN      NOT NULL,
    closed_by          VARCHAR(255) NULL,
    requested_at       DATETIME(6)  NOT NULL,
    outbox_entry_id    BIGINT       NULL,
    score              TINYINT      NULL,
    comment            VARCHAR(1000) NULL,
    rated_at           DATETIME(6)  NULL,
    rated_via          VARCHAR(20)  NULL,
    CONSTRAINT uq_csat_conversation UNIQUE (conversation_id),
    CONSTRAINT uq_csat_token UNIQUE (token),
    CONSTRAINT fk_csat_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT ck_csat_score CHECK (score IS NULL OR score BETWEEN 1 AND 5),
    INDEX ix_csat_rated (rated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- SLA targets on tickets. priority: URGENT, HIGH, NORMAL (rows before this version), LOW. Due times are NULL for
-- tickets opened before this version (no target). first_response_at: the first message of a person (role HUMAN)
-- in the ticket's conversation after the ticket was opened. *_warned_at: when the agents were told the target was
-- about to be missed (once). *_breached_at: when the target was seen missed.
ALTER TABLE tickets
    ADD COLUMN priority                  VARCHAR(10) NOT NULL DEFAULT 'NORMAL',
    ADD COLUMN first_response_due_at     DATETIME(6) NULL,
    ADD COLUMN resolution_due_at         DATETIME(6) NULL,
    ADD COLUMN first_response_at         DATETIME(6) NULL,
    ADD COLUMN first_response_warned_at  DATETIME(6) NULL,
    ADD COLUMN first_response_breached_at DATETIME(6) NULL,
    ADD COLUMN resolution_warned_at      DATETIME(6) NULL,
    ADD COLUMN resolution_breached_at    DATETIME(6) NULL,
    ADD INDEX ix_ticket_sla_first_response (status, first_response_due_at),
    ADD INDEX ix_ticket_sla_resolution (status, resolution_due_at);
