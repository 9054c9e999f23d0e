-- Agent pipeline (issue 8): the escalation state machine's bookkeeping on conversations, the model's
-- conversation memory (LangChain4j ChatMemoryStore, compacted), and tool grants for the built-in agents.

ALTER TABLE conversations
    ADD COLUMN unhelpful_turns INT          NOT NULL DEFAULT 0 AFTER turn_count,
    ADD COLUMN status_reason   VARCHAR(500) NULL AFTER unhelpful_turns;

-- One row per conversation: the messages the model sees (LangChain4j's JSON form) and, once compacted, the
-- summary of what came before them.
CREATE TABLE chat_memories (
    conversation_id BIGINT      NOT NULL PRIMARY KEY,
    messages_json   LONGTEXT    NOT NULL,
    summary         TEXT        NULL,
    compacted_count INT         NOT NULL DEFAULT 0,
    updated_at      DATETIME(6) NOT NULL,
    CONSTRAINT fk_chat_memory_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The built-in agents may use every tool an admin enables; each agent's profile narrows that to the tools its
-- job needs. Admins restrict further per agent through /api/admin/agents.
INSERT INTO agent_tool_grants (agent_name, tool_name) VALUES
    ('triage', '*'), ('knowledge', '*'), ('orders', '*'), ('account', '*'), ('technical', '*'), ('human', '*');
