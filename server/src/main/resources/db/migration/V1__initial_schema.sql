-- Switchboard schema, version 1 (MariaDB 10.6+; uses FOR UPDATE SKIP LOCKED in queries).
-- Ids from channels are case-sensitive (utf8mb4_bin); texts use utf8mb4 so any emoji fits.

CREATE TABLE customers (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    display_name VARCHAR(255),
    created_at   DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE channel_identities (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id  BIGINT       NOT NULL,
    channel      VARCHAR(20)  NOT NULL,
    external_id  VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    display_name VARCHAR(255),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_identity UNIQUE (channel, external_id),
    CONSTRAINT fk_identity_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE conversations (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(20)  NOT NULL,
    external_key     VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    conversation_ref TEXT         NOT NULL,
    customer_id      BIGINT       NOT NULL,
    status           VARCHAR(30)  NOT NULL,
    active_agent     VARCHAR(100) NOT NULL,
    turn_count       INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    CONSTRAINT uq_conversation UNIQUE (channel, external_key),
    CONSTRAINT fk_conversation_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_conversation_customer (customer_id),
    INDEX ix_conversation_status (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE inbox_entries (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    channel          VARCHAR(20)  NOT NULL,
    external_id      VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    conversation_key VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    conversation_ref TEXT         NOT NULL,
    sender_id        VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    sender_name      VARCHAR(255),
    text             MEDIUMTEXT   NOT NULL,
    attachments      TEXT,
    raw_payload      MEDIUMTEXT   NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    last_error       VARCHAR(1000),
    received_at      DATETIME(6)  NOT NULL,
    processed_at     DATETIME(6),
    CONSTRAINT uq_inbox_message UNIQUE (channel, external_id),
    INDEX ix_inbox_due (status, next_attempt_at, id),
    INDEX ix_inbox_conversation (channel, conversation_key, status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE messages (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    conversation_id BIGINT       NOT NULL,
    turn_number     INT          NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    author          VARCHAR(100),
    tool_name       VARCHAR(100),
    content         MEDIUMTEXT   NOT NULL,
    inbox_entry_id  BIGINT,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_message_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    INDEX ix_message_conversation (conversation_id, id),
    INDEX ix_message_inbox (inbox_entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE outbox_entries (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    inbox_entry_id   BIGINT,
    conversation_id  BIGINT,
    channel          VARCHAR(20)  NOT NULL,
    conversation_ref TEXT         NOT NULL,
    text             MEDIUMTEXT   NOT NULL,
    status           VARCHAR(20)  NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  DATETIME(6)  NOT NULL,
    last_error       VARCHAR(1000),
    external_id      VARCHAR(255),
    created_at       DATETIME(6)  NOT NULL,
    delivered_at     DATETIME(6),
    CONSTRAINT uq_outbox_reply UNIQUE (inbox_entry_id),
    INDEX ix_outbox_due (status, next_attempt_at, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tickets (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL,
    conversation_id BIGINT,
    subject         VARCHAR(200) NOT NULL,
    description     TEXT         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    CONSTRAINT fk_ticket_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    INDEX ix_ticket_customer (customer_id),
    INDEX ix_ticket_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci AUTO_INCREMENT = 1001;

CREATE TABLE audit_entries (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    action      VARCHAR(100) NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    details     TEXT,
    INDEX ix_audit_time (occurred_at),
    INDEX ix_audit_subject (subject)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
