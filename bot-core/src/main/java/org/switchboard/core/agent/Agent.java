package org.switchboard.core.agent;

/**
 * Answers one turn of a conversation. Implementations are CDI beans, selected by {@link #name()} from the
 * conversation's active agent. An agent must not throw for ordinary failures (a tool error, no answer found):
 * it answers politely or escalates instead.
 */
public interface Agent {

    /** @return the agent's name as stored in {@code conversations.active_agent} */
    String name();

    /**
     * @param request the customer's cleaned text and the verified tool context
     * @return the reply text and the tool calls made, in order
     */
    AgentReply respond(AgentRequest request);
}
