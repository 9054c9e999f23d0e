/**
 * Slack Events API in: {@code POST /slack/events} served through Bolt's servlet adapter with request signing v0
 * ({@code RequestVerification}, 401 on a bad, missing or stale signature), {@code url_verification} answered,
 * {@code message} and {@code app_mention} events normalized ({@link org.switchboard.slack.events.SlackMessageNormalizer})
 * and stored in the core inbox before the ack. Nothing slow happens here: the turn runs later on a worker.
 */
package org.switchboard.slack.events;
