-- The offline agent team (issue 8) answers as the agent profiles (triage, knowledge, orders, account, technical,
-- human), whose grants V11 created; the single offline agent it replaces, 'first-responder', is gone.
DELETE FROM agent_tool_grants WHERE agent_name = 'first-responder';
