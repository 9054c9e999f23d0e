/**
 * Slack out: the core outbox's {@link org.switchboard.core.channel.ReplyDeliverer} for Slack, posting replies with
 * the Web API method {@code chat.postMessage} into the customer's thread ({@code thread_ts}) with
 * {@code SLACK_BOT_TOKEN} at {@code SLACK_API_URL}, guarded by MicroProfile Fault Tolerance (timeout, short retry
 * with backoff on transient errors, circuit breaker). A 429 is reported with its {@code Retry-After} so the outbox
 * reschedules the reply instead of dropping it.
 */
package org.switchboard.slack.delivery;
