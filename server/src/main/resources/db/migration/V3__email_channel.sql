-- Email channel (issue 6): threading, loop protection, bounces and the mailbox poller's lease.
-- Message-IDs and addresses are compared exactly (utf8mb4_bin); addresses are stored lower-cased.

-- Every Message-ID the email channel saw (an inbound message's own id, and the ids it referred to in
-- In-Reply-To/References) or sent, mapped to its conversation key: the thread root's Message-ID, which is
-- conversations.external_key of the channel EMAIL. A reply whose In-Reply-To/References names any of them joins
-- that conversation. An id is never re-pointed once stored (INSERT IGNORE).
CREATE TABLE email_message_ids (
    message_id       VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    conversation_key VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    direction        VARCHAR(10)  NOT NULL,
    outbox_id        BIGINT,
    created_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (message_id),
    CONSTRAINT uq_email_message_outbox UNIQUE (outbox_id),
    INDEX ix_email_message_conversation (conversation_key, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The rate limiter's ledger: inbound messages cleared for an automatic reply (one row per message, so a message
-- fetched twice is counted once). At most one per sender and conversation in MAIL_RATE_LIMIT_PERIOD_SECONDS and
-- MAIL_RATE_LIMIT_DAILY_CAP per sender in 24 hours.
CREATE TABLE email_auto_replies (
    message_id       VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    address          VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    conversation_key VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    granted_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (message_id),
    INDEX ix_email_auto_reply_address (address, granted_at),
    INDEX ix_email_auto_reply_conversation (address, conversation_key, granted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Addresses a delivery status notification reported as failed for good (RFC 3464 Action: failed / 5.x.x, or
-- X-Failed-Recipients). Replies to them are not sent (dead-lettered). A later ordinary message from the address
-- removes its row.
CREATE TABLE email_undeliverable (
    address          VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    reason           VARCHAR(500) NOT NULL,
    bounce_count     INT          NOT NULL DEFAULT 1,
    last_message_id  VARCHAR(255) COLLATE utf8mb4_bin,
    first_bounced_at DATETIME(6)  NOT NULL,
    last_bounced_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (address)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The mailbox poller's lease: with several servers on one database only the holder polls the mailbox. Taken and
-- renewed with UPDATE ... WHERE mailbox = ? AND (expires_at < UTC_TIMESTAMP(6) OR holder = ?), in database time.
CREATE TABLE email_poller_leases (
    mailbox    VARCHAR(100) NOT NULL COLLATE utf8mb4_bin,
    holder     VARCHAR(255),
    expires_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (mailbox)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
