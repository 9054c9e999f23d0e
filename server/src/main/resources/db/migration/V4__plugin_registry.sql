-- Plugin administration (issue 4): what admins decided about each tool plugin, which agent may use which tool,
-- and a change counter that every server polls to apply changes without a restart.

-- One row per plugin id; a plugin without a row runs enabled with its defaults. `configuration` is a JSON
-- object of strings (secrets included: never returned by the API, logged or audited). `state`/`last_error`
-- are what a server last observed (ACTIVE, DISABLED, FAILED, UNCONFIGURED); `updated_by`/`updated_at` name the
-- last admin change (`system` when a server only reported a state).
CREATE TABLE plugin_registry (
    plugin_id     VARCHAR(100)  NOT NULL PRIMARY KEY,
    enabled       BOOLEAN       NOT NULL DEFAULT TRUE,
    configuration TEXT          NOT NULL,
    state         VARCHAR(20),
    last_error    VARCHAR(1000),
    updated_by    VARCHAR(200)  NOT NULL,
    updated_at    DATETIME(6)   NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Tools each agent may use; tool_name '*' grants every tool. An agent without rows may use none.
CREATE TABLE agent_tool_grants (
    agent_name VARCHAR(100) NOT NULL,
    tool_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (agent_name, tool_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Single row: incremented (under FOR UPDATE) in the same transaction as every admin change.
CREATE TABLE plugin_registry_revision (
    id       INT    NOT NULL PRIMARY KEY,
    revision BIGINT NOT NULL
) ENGINE = InnoDB;

INSERT INTO plugin_registry_revision (id, revision) VALUES (1, 0);
INSERT INTO agent_tool_grants (agent_name, tool_name) VALUES ('first-responder', '*'), ('assistant', '*');
