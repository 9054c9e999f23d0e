package org.switchboard.core.agent.offline;

import static org.switchboard.core.json.JsonProviders.JSON;

import java.util.List;
import java.util.Optional;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.KnowledgeAnswer;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolInvoker;
import org.switchboard.core.tool.ToolResult;

/**
 * Help-center answers and tickets, the job of the knowledge, account and technical agents offline: search the
 * knowledge base ({@code search_knowledge_base}, three hits); quote a good enough passage with its citation
 * ({@link KnowledgeAnswer}); otherwise say "I don't know", open a ticket ({@code open_ticket}) and offer a person.
 * Tools run through {@link ToolInvoker#forAgent(String)} with the answering agent's name, so its grants apply; a
 * failing tool never fails the turn.
 */
final class KnowledgeSkill {

    static final String SEARCH_TOOL = "search_knowledge_base";
    static final String TICKET_TOOL = "open_ticket";

    private final ToolInvoker tools;
    private final KnowledgeAnswer knowledgeAnswer;

    /**
     * @param tools           runs tool calls
     * @param knowledgeAnswer turns search results into a cited answer
     */
    KnowledgeSkill(ToolInvoker tools, KnowledgeAnswer knowledgeAnswer) {
        this.tools = tools;
        this.knowledgeAnswer = knowledgeAnswer;
    }

    /**
     * @param agent   the answering agent
     * @param request the turn
     * @param calls   the turn's tool calls so far; the search (and any ticket) is appended
     * @return a cited answer, or "I don't know" with a ticket (unresolved)
     */
    SkillAnswer answer(String agent, AgentRequest request, List<ToolInvocation> calls) {
        Optional<String> found = search(agent, request, calls);
        if (found.isPresent()) {
            return SkillAnswer.answered(found.get());
        }
        return SkillAnswer.unresolved(openTicket(agent, request, calls,
                "I don't know the answer to that, and I couldn't find it in our help center."));
    }

    /**
     * Searches the knowledge base once.
     *
     * @param agent   the agent searching
     * @param request the turn
     * @param calls   the search is appended here
     * @return the cited answer when a good enough passage was found
     */
    Optional<String> search(String agent, AgentRequest request, List<ToolInvocation> calls) {
        ToolCall search = new ToolCall(SEARCH_TOOL, JSON.createObjectBuilder()
                .add("query", request.text()).add("limit", 3).build());
        ToolResult found = tools.forAgent(agent).invoke(search, request.context());
        calls.add(new ToolInvocation(search, found));
        return knowledgeAnswer.compose(found);
    }

    /**
     * Opens a ticket with the customer's words and tells them its number (or, when the ticket tool fails, that the
     * conversation is saved for a person).
     *
     * @param agent   the agent opening it
     * @param request the turn
     * @param calls   the ticket call is appended here
     * @param why     the reply's first sentence
     * @return the reply text
     */
    String openTicket(String agent, AgentRequest request, List<ToolInvocation> calls, String why) {
        String text = request.text();
        String subject = text.length() <= 80 ? text : text.substring(0, 77) + "...";
        ToolCall open = new ToolCall(TICKET_TOOL, JSON.createObjectBuilder()
                .add("subject", subject.replace('\n', ' '))
                .add("description", text).build());
        ToolResult opened = tools.forAgent(agent).invoke(open, request.context());
        calls.add(new ToolInvocation(open, opened));
        String number = opened.success() ? opened.data().getString("ticketNumber", "") : "";
        if (number.isEmpty()) {
            return why + " I couldn't open a ticket automatically just now, but this conversation is saved and a "
                    + "person from our support team will look at it.";
        }
        return why + " I've opened ticket " + number + " for our support team; someone will follow up with you here. "
                + "Please mention " + number + " if you contact us about this again, or ask for a person if you'd "
                + "rather talk to someone now.";
    }
}
