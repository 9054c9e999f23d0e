-- Messages that are stored but must not be answered (RFC 3834 auto-replies, bounces, rate-limited senders).
ALTER TABLE inbox_entries ADD COLUMN no_reply_reason VARCHAR(200) NULL AFTER raw_payload;
