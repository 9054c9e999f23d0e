/**
 * Teams in: {@code POST /api/messages} ({@link org.switchboard.teams.inbound.TeamsMessagesServlet}) verifies the
 * request's JWT first (401 and nothing stored otherwise), normalizes the activity, and then stores a customer message
 * in the core inbox (deduped on the activity id: Teams retries slow answers), posts a welcome when the bot is added,
 * hands Adaptive Card actions to {@link org.switchboard.teams.approval}, or acknowledges and ignores the rest. Nothing
 * slow happens here: the turn runs later on a worker and the reply leaves through the outbox.
 */
package org.switchboard.teams.inbound;
