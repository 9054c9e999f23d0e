-- The console's overview (GET /api/admin/overview) at scale (issue 7: 100,000 conversations, 400,000 messages):
-- conversations started in a period, tool calls in a period, and tickets of a conversation. Measured in
-- docs/BENCHMARKS.md: 30-day overview 1.9 s -> 1.1 s at that size.
CREATE INDEX ix_conversation_created ON conversations (created_at);
CREATE INDEX ix_message_role_time ON messages (role, created_at);
CREATE INDEX ix_ticket_conversation ON tickets (conversation_id);
