-- People in the loop (issue 20), the agent's side: support agents are named people with a console account and the
-- ids their chat channels authenticate them by; a conversation taken over is assigned to one of them; their replies,
-- internal notes and hand-back summaries are transcript lines with the person's name.

-- A support agent (role ADMIN or AGENT). user_name is the console sign-in; password_hash is Jakarta Security's
-- Pbkdf2PasswordHash format (PBKDF2WithHmacSHA256:iterations:salt:hash), never the password; NULL: no sign-in.
CREATE TABLE support_agents (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_name     VARCHAR(100) NOT NULL COLLATE utf8mb4_bin,
    display_name  VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT uq_support_agent_user UNIQUE (user_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The ids a support agent is known by in each channel: SLACK (user id U...), TEAMS (Entra/AAD object id), EMAIL
-- (address, lower case). One id belongs to one person.
CREATE TABLE support_agent_identities (
    support_agent_id BIGINT       NOT NULL,
    channel          VARCHAR(20)  NOT NULL,
    external_id      VARCHAR(255) NOT NULL COLLATE utf8mb4_bin,
    CONSTRAINT uq_support_agent_identity UNIQUE (channel, external_id),
    CONSTRAINT fk_support_agent_identity FOREIGN KEY (support_agent_id) REFERENCES support_agents (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The person a conversation is assigned to (user name; the configured admin or a support agent); NULL: nobody.
ALTER TABLE conversations
    ADD COLUMN assignee VARCHAR(100) NULL COLLATE utf8mb4_bin AFTER active_agent;

-- The display name of the person who wrote a HUMAN or NOTE line (author holds their user name); for a console reply,
-- the outbox entry that carries it and the key it was sent with: the same key again in the same conversation is the
-- same reply, queued once.
ALTER TABLE messages
    ADD COLUMN author_name VARCHAR(200) NULL AFTER author,
    ADD COLUMN outbox_entry_id BIGINT NULL AFTER inbox_entry_id,
    ADD COLUMN request_key VARCHAR(64) NULL COLLATE utf8mb4_bin AFTER outbox_entry_id,
    ADD CONSTRAINT uq_message_request_key UNIQUE (conversation_id, request_key);
