/**
 * The offline agent team ({@code MODEL_PROVIDER=offline}, the default): deterministic, no network, no API key.
 * {@link org.switchboard.core.agent.offline.OfflineAgent} routes each message with the trained
 * {@link org.switchboard.core.routing.MessageRouter} to the agent profile whose job it is, recording each handoff
 * as a {@code transfer_to_<agent>} call ({@link org.switchboard.core.agent.offline.Handoffs}); the specialists'
 * skills are {@link org.switchboard.core.agent.offline.KnowledgeSkill} (help-center answers with a citation, or
 * "I don't know" and a ticket) and {@link org.switchboard.core.agent.offline.OrderSkill} (order look-ups by the
 * order number in the message; changes go to a person through a ticket).
 */
package org.switchboard.core.agent.offline;
