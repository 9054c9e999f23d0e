-- Exactly-once delivery across crashes and timeouts (issue 7): an attempt is claimed and committed before the
-- channel is called, so a process that dies mid-call leaves a trace.
--   sending_since     an attempt is in flight since then (a lease: after SWITCHBOARD_OUTBOX_SENDING_LEASE_SECONDS
--                     another server may take the entry over); cleared when the attempt's outcome is written
--   unconfirmed_since an earlier attempt may have reached the channel (crash, timeout, I/O error): before sending
--                     again the channel is asked whether the reply is already there; cleared once that is known
ALTER TABLE outbox_entries
    ADD COLUMN sending_since     DATETIME(6) NULL AFTER next_attempt_at,
    ADD COLUMN unconfirmed_since DATETIME(6) NULL AFTER sending_since;
