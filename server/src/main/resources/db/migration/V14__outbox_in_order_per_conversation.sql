-- Replies of one conversation are delivered in order (issue 7): the dispatcher only picks the oldest pending
-- outbox entry of each conversation, which this index answers without a scan.
CREATE INDEX ix_outbox_conversation_pending ON outbox_entries (conversation_id, status, id);
