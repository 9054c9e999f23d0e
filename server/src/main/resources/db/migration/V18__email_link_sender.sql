-- Issue 19 (email thread hijack): who sent each inbound message of an email conversation, so that a reply naming the
-- conversation's Message-IDs joins it only when it comes from one of those senders. Lower-cased address; NULL for
-- rows written before this version and for ids only referred to or sent by the bot.
ALTER TABLE email_message_ids ADD COLUMN sender VARCHAR(255) NULL COLLATE utf8mb4_bin;
