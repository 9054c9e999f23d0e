package org.switchboard.core.agent.offline;

import static org.switchboard.core.json.JsonProviders.JSON;

import java.util.List;
import java.util.Optional;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.agent.KnowledgeDecider;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.answer.ChoiceResolver;
import org.switchboard.core.answer.KnowledgeReplies;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolInvoker;
import org.switchboard.core.tool.ToolResult;

/**
 * Help-center answers and tickets, the job of the knowledge, account and technical agents offline: search the
 * knowledge base ({@code search_knowledge_base}, three hits) and let the {@link KnowledgeDecider} decide: quote the
 * passage with its source ({@link KnowledgeReplies#answer}), ask which of two or three articles the customer means
 * ({@link KnowledgeReplies#clarify}; the options are kept with the conversation and the next message may pick one,
 * {@link #chosen}), or say "I don't know", open a ticket ({@code open_ticket}) and offer a person.
 * Tools run through {@link ToolInvoker#forAgent(String)} with the answering agent's name, so its grants apply; a
 * failing tool never fails the turn.
 */
final class KnowledgeSkill {

    static final String SEARCH_TOOL = "search_knowledge_base";
    static final String TICKET_TOOL = "open_ticket";

    private final ToolInvoker tools;
    private final KnowledgeDecider decider;
    private final KnowledgeReplies replies;

    /**
     * @param tools   runs tool calls
     * @param decider decides what the search results let the bot say
     * @param replies writes the customer-facing replies
     */
    KnowledgeSkill(ToolInvoker tools, KnowledgeDecider decider, KnowledgeReplies replies) {
        this.tools = tools;
        this.decider = decider;
        this.replies = replies;
    }

    /**
     * @param agent   the answering agent
     * @param request the turn
     * @param calls   the turn's tool calls so far; the search (and any ticket) is appended
     * @return a cited answer, a clarifying question, or "I don't know" with a ticket (unresolved)
     */
    SkillAnswer answer(String agent, AgentRequest request, List<ToolInvocation> calls) {
        KnowledgeDecision decision = search(agent, request, calls);
        Optional<SkillAnswer> said = say(decision);
        if (said.isPresent()) {
            return said.get();
        }
        return SkillAnswer.unresolved(openTicket(agent, request, calls,
                "I don't know the answer to that, and I couldn't find it in our help center.")).basedOn(decision);
    }

    /**
     * The option of the pending clarifying question this message picks, if any (see {@link ChoiceResolver}).
     *
     * @param request the turn, with the pending options
     * @return the answer quoting the chosen article, or empty when the message is a new question
     */
    Optional<SkillAnswer> chosen(AgentRequest request) {
        Optional<KnowledgeCitation> choice = ChoiceResolver.resolve(request.text(), request.pendingChoices());
        return choice.map(c -> SkillAnswer.fromKnowledge(replies.answer(c), new KnowledgeDecision.Answer(c)));
    }

    /**
     * @param decision a help-center decision
     * @return the cited answer or clarifying question, or empty for {@link KnowledgeDecision.Unknown}
     */
    Optional<SkillAnswer> say(KnowledgeDecision decision) {
        if (decision instanceof KnowledgeDecision.Answer a) {
            return Optional.of(SkillAnswer.fromKnowledge(replies.answer(a.citation()), a));
        }
        if (decision instanceof KnowledgeDecision.Clarify c) {
            return Optional.of(SkillAnswer.fromKnowledge(replies.clarify(c.options()), c));
        }
        return Optional.empty();
    }

    /**
     * Searches the knowledge base once and decides what the result lets the bot say.
     *
     * @param agent   the agent searching
     * @param request the turn
     * @param calls   the search is appended here
     * @return the decision
     */
    KnowledgeDecision search(String agent, AgentRequest request, List<ToolInvocation> calls) {
        ToolCall search = new ToolCall(SEARCH_TOOL, JSON.createObjectBuilder()
                .add("query", request.text()).add("limit", 3).build());
        ToolResult found = tools.forAgent(agent).invoke(search, request.context());
        calls.add(new ToolInvocation(search, found));
        return decider.decide(found);
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
