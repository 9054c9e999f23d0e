/**
 * Agents as data: {@link org.switchboard.core.agent.profile.AgentProfile} (name, when to route to it,
 * instructions, the tools its job needs, the agents it may hand off to), loaded and validated by
 * {@link org.switchboard.core.agent.profile.AgentProfiles} from {@code switchboard/agents.json} on the class path
 * or the file named by {@code SWITCHBOARD_AGENTS_FILE}. Handoffs follow the OpenAI Agents SDK customer-service
 * pattern: each target becomes a {@code transfer_to_<name>} tool offered to the model.
 */
package org.switchboard.core.agent.profile;
