-- Scale test data (issue 7): 100,000 Slack customers, each with one conversation of two turns (four messages),
-- spread over the last 30 days, added to a Switchboard database that Flyway has already migrated.
-- Uses MariaDB's Sequence engine (seq_1_to_N, built in since 10.1). Ids are explicit, above the existing ones.
--   mysql -uroot switchboard_scale < bench/scale/generate-conversations.sql
SET @n = 100000;
SET @customer_base = (SELECT COALESCE(MAX(id), 0) FROM customers);
SET @conversation_base = (SELECT COALESCE(MAX(id), 0) FROM conversations);

INSERT INTO customers (id, display_name, created_at)
SELECT @customer_base + seq, CONCAT('Generated customer ', seq), NOW(6) - INTERVAL (seq MOD 30) DAY
FROM seq_1_to_100000;

INSERT INTO channel_identities (customer_id, channel, external_id, display_name, created_at)
SELECT @customer_base + seq, 'SLACK', CONCAT('TGEN:UGEN', seq), NULL, NOW(6) - INTERVAL (seq MOD 30) DAY
FROM seq_1_to_100000;

INSERT INTO conversations (id, channel, external_key, conversation_ref, customer_id, status, active_agent, turn_count,
                           unhelpful_turns, status_reason, version, created_at, updated_at)
SELECT @conversation_base + seq, 'SLACK', CONCAT('TGEN/CGEN', seq, '/1700000000.000100'),
       CONCAT('{"channel":"SLACK","key":"TGEN/CGEN', seq, '/1700000000.000100","attributes":{"channel":"CGEN', seq,
              '","team":"TGEN","thread_ts":"1700000000.000100"}}'),
       @customer_base + seq,
       CASE WHEN seq MOD 10 = 0 THEN 'WAITING_FOR_HUMAN' WHEN seq MOD 3 = 0 THEN 'CLOSED' ELSE 'OPEN' END,
       CASE WHEN seq MOD 10 = 0 THEN 'human' ELSE 'knowledge' END, 2, 0, NULL, 2,
       NOW(6) - INTERVAL (seq MOD 30) DAY - INTERVAL 10 MINUTE, NOW(6) - INTERVAL (seq MOD 30) DAY
FROM seq_1_to_100000;

INSERT INTO messages (conversation_id, turn_number, role, author, tool_name, content, inbox_entry_id, created_at)
SELECT @conversation_base + ((seq - 1) DIV 4) + 1, ((seq - 1) MOD 4) DIV 2 + 1,
       IF(seq MOD 2 = 1, 'CUSTOMER', 'AGENT'), IF(seq MOD 2 = 1, CONCAT('TGEN:UGEN', ((seq - 1) DIV 4) + 1), 'knowledge'),
       NULL,
       IF(seq MOD 2 = 1, 'How do I file a travel insurance claim with my Silver Rewards Card?',
          'Here is what our help center says (Silver Rewards Card: How to File a Travel Insurance Claim): notify the carrier, collect receipts, submit the claim form.\n\nSource: "Silver Rewards Card: How to File a Travel Insurance Claim" [doc_credit_cards_silver_rewards_card_007]'),
       NULL, NOW(6) - INTERVAL ((((seq - 1) DIV 4) + 1) MOD 30) DAY - INTERVAL 10 MINUTE
FROM seq_1_to_400000;

SELECT COUNT(*) AS conversations FROM conversations;
SELECT COUNT(*) AS messages FROM messages;
