/**
 * What the bot did with each replayed message, read from its admin API ({@code GET /api/admin/inbox}): answered,
 * escalated with a ticket, declined, suppressed with the reason (RFC 3834 auto-replies, bounces, lists, rate
 * limits...), and the summary lines the replay commands print. Shared by the Slack, Teams and email replays; a
 * developer tool, not deployed.
 */
package org.switchboard.bench.outcome;
