-- Answers customers can trust (issue 16), the customer-facing half: clarifying questions kept with the conversation,
-- what each knowledge answer rests on in the transcript, replies with structure in the outbox, and the review band.

-- The options of the clarifying question the bot asked last (JSON list of citations), cleared by the next turn.
ALTER TABLE conversations
    ADD COLUMN pending_choices MEDIUMTEXT NULL AFTER status_reason;

-- The help-center decision behind an agent line: ANSWER, CLARIFY or UNKNOWN, its confidence in [0, 1], and the
-- passages it rests on (JSON list of {documentId, section, confidence}).
ALTER TABLE messages
    ADD COLUMN knowledge_decision   VARCHAR(10) NULL AFTER tool_name,
    ADD COLUMN knowledge_confidence DOUBLE      NULL AFTER knowledge_decision,
    ADD COLUMN knowledge_sources    TEXT        NULL AFTER knowledge_confidence;

-- A reply's structure (source link, clarifying options; JSON), rendered by each channel; text stays its plain form.
ALTER TABLE outbox_entries
    ADD COLUMN content MEDIUMTEXT NULL AFTER text;

-- Answers held for a person to approve, edit or reject before they are queued in the outbox
-- (SWITCHBOARD_REVIEW_BELOW). At most one draft per inbound message, as at most one reply.
CREATE TABLE review_drafts (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    inbox_entry_id       BIGINT        NOT NULL,
    conversation_id      BIGINT        NOT NULL,
    channel              VARCHAR(20)   NOT NULL,
    conversation_ref     TEXT          NOT NULL,
    agent_name           VARCHAR(100)  NOT NULL,
    text                 MEDIUMTEXT    NOT NULL,
    content              MEDIUMTEXT    NULL,
    confidence           DOUBLE        NOT NULL,
    document_id          VARCHAR(255)  NOT NULL,
    section              VARCHAR(500)  NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    sent_text            MEDIUMTEXT    NULL,
    decided_by           VARCHAR(200)  NULL,
    decided_at           DATETIME(6)   NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT uq_review_inbox UNIQUE (inbox_entry_id),
    CONSTRAINT fk_review_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    INDEX ix_review_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
