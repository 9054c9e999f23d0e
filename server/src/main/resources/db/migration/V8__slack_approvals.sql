-- Human approval in Slack (issue 4): the approvers' message posted for each approval request (channel and ts), so
-- the decision can replace its Approve/Deny buttons (chat.update) whoever decides and whenever. Written by the
-- outbox delivery that posted the message; at most one per request.
CREATE TABLE slack_approval_messages (
    approval_id BIGINT      NOT NULL PRIMARY KEY,
    channel_id  VARCHAR(64) NOT NULL,
    message_ts  VARCHAR(32) NOT NULL,
    posted_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_slack_approval_request FOREIGN KEY (approval_id) REFERENCES approval_requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
