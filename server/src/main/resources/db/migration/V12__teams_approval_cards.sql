-- Human approval in Teams (issue 5): the approvers' Adaptive Card posted for each approval request (Bot Connector
-- base URL, conversation and activity id), so a repeated outbox delivery posts nothing and a decision can update the
-- card later. Written by the outbox delivery that posted the card; at most one per request.
CREATE TABLE teams_approval_cards (
    approval_id     BIGINT       NOT NULL PRIMARY KEY,
    service_url     VARCHAR(512) NOT NULL,
    conversation_id VARCHAR(512) NOT NULL,
    activity_id     VARCHAR(255) NULL,
    posted_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_teams_approval_request FOREIGN KEY (approval_id) REFERENCES approval_requests (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
