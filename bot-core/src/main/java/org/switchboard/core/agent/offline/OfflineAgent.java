package org.switchboard.core.agent.offline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.agent.Agent;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.agent.AgentRequest;
import org.switchboard.core.agent.HumanRequest;
import org.switchboard.core.agent.KnowledgeAnswer;
import org.switchboard.core.agent.KnowledgeDecider;
import org.switchboard.core.agent.KnowledgeDecision;
import org.switchboard.core.answer.KnowledgeReplies;
import org.switchboard.core.agent.SmallTalk;
import org.switchboard.core.agent.ToolInvocation;
import org.switchboard.core.agent.profile.AgentProfile;
import org.switchboard.core.agent.profile.AgentProfiles;
import org.switchboard.core.intent.SlotExtractor;
import org.switchboard.core.routing.MessageRouter;
import org.switchboard.core.routing.Route;
import org.switchboard.core.tool.ToolInvoker;

/**
 * The offline agent team: deterministic, no network, no API key. For each message:
 *
 * <ol>
 *   <li>A message that picks an option of the clarifying question asked in the previous turn (its number or title,
 *       or a button) is answered with that article's passage by the knowledge agent ({@link KnowledgeSkill#chosen});
 *       any other message is a new question.</li>
 *   <li>Greetings, thanks and goodbyes get a short answer from the active agent ({@link SmallTalk}).</li>
 *   <li>A request for a person ({@link HumanRequest}, or the router's confident {@code human}) hands over to the
 *       human agent: a ticket is opened and the conversation escalates (it waits for a person).</li>
 *   <li>Otherwise the target agent is chosen: {@code orders} when the message carries an order number; else the
 *       router's label when it is confident; else the active specialist stays (a short follow-up), or
 *       {@code knowledge} from triage. The handoff is recorded as {@code transfer_to_<agent>} calls
 *       ({@link Handoffs}) and the conversation's active agent follows.</li>
 *   <li>The specialist answers: orders with {@link OrderSkill}, the others with {@link KnowledgeSkill} (a cited
 *       help-center passage, or "I don't know", a ticket and the offer of a person).</li>
 *   <li>A message the router is sure is off topic (weather, recipes, jokes...) still gets one help-center search;
 *       without a good passage triage declines politely, without a ticket (when the search itself fails, the
 *       knowledge agent opens a ticket instead). While a specialist has the conversation, only a very confident
 *       off-topic verdict ({@value #OFF_TOPIC_IN_SPECIALIST}) counts: a short follow-up stays with the specialist.</li>
 * </ol>
 * Labels the configured agents do not have fall back to {@code knowledge}, then to the entry agent.
 */
@ApplicationScoped
public class OfflineAgent implements Agent {

    /** This runner's name (the agent names in its replies are the profiles'). */
    public static final String NAME = "offline";
    static final String KNOWLEDGE = "knowledge";
    static final String ORDERS = "orders";
    static final String HUMAN = "human";
    static final String OFF_TOPIC_REPLY = "I'm sorry, that's outside what I can help with here. I can answer questions "
            + "about our products and services, your orders and your account, or connect you with a person.";

    /**
     * While a specialist has the conversation, a short follow-up ("yes please") can look off topic to the router;
     * below this confidence it stays with the specialist instead of being declined.
     */
    static final double OFF_TOPIC_IN_SPECIALIST = 0.9;

    private static final SlotExtractor SLOTS = new SlotExtractor();

    private AgentProfiles profiles;
    private MessageRouter router;
    private KnowledgeSkill knowledge;
    private OrderSkill orders;

    /** For CDI. */
    protected OfflineAgent() {
    }

    /**
     * An agent with the default answer-confidence thresholds ({@link KnowledgeAnswer#KnowledgeAnswer(double, int)}).
     *
     * @param tools           runs tool calls
     * @param router          the trained message router
     * @param profiles        the configured agents
     * @param minScore        lowest BM25 score answered from when a hit has no confidence
     * @param maxPassageChars longest quoted passage
     */
    public OfflineAgent(ToolInvoker tools, MessageRouter router, AgentProfiles profiles, double minScore,
                        int maxPassageChars) {
        this(tools, router, profiles, new KnowledgeAnswer(minScore, maxPassageChars)::decide, maxPassageChars);
    }

    /**
     * @param tools                runs tool calls
     * @param router               the trained message router
     * @param profiles             the configured agents
     * @param minConfidence        lowest confidence answered from ({@code switchboard.answer.min-confidence})
     * @param minMargin            lead the answered article needs over the next ({@code switchboard.answer.min-margin})
     * @param clarifyMinConfidence lowest confidence of an article offered in a clarifying question
     *                             ({@code switchboard.answer.clarify-min-confidence})
     * @param minScore             lowest BM25 score answered from when a hit has no confidence
     *                             ({@code switchboard.agent.kb-min-score})
     * @param maxPassageChars      longest quoted passage ({@code switchboard.agent.kb-max-passage-chars})
     */
    @Inject
    public OfflineAgent(ToolInvoker tools, MessageRouter router, AgentProfiles profiles,
                        @ConfigProperty(name = "switchboard.answer.min-confidence", defaultValue = "0.45") double minConfidence,
                        @ConfigProperty(name = "switchboard.answer.min-margin", defaultValue = "0.1") double minMargin,
                        @ConfigProperty(name = "switchboard.answer.clarify-min-confidence", defaultValue = "0.3") double clarifyMinConfidence,
                        @ConfigProperty(name = "switchboard.agent.kb-min-score", defaultValue = "12.0") double minScore,
                        @ConfigProperty(name = "switchboard.agent.kb-max-passage-chars", defaultValue = "700") int maxPassageChars) {
        this(tools, router, profiles, new KnowledgeAnswer(minConfidence, minMargin, clarifyMinConfidence, minScore,
                maxPassageChars)::decide, maxPassageChars);
    }

    /**
     * @param tools           runs tool calls
     * @param router          the trained message router
     * @param profiles        the configured agents
     * @param decider         the help-center decision policy, e.g. {@code knowledgeAnswer::decide}
     * @param maxPassageChars longest quoted passage, in characters
     */
    public OfflineAgent(ToolInvoker tools, MessageRouter router, AgentProfiles profiles, KnowledgeDecider decider,
                        int maxPassageChars) {
        this.profiles = profiles;
        this.router = router;
        this.knowledge = new KnowledgeSkill(tools, decider, new KnowledgeReplies(maxPassageChars));
        this.orders = new OrderSkill(tools, knowledge);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AgentReply respond(AgentRequest request) {
        String current = startingAgent(request.activeAgent());
        Optional<SkillAnswer> chosen = knowledge.chosen(request);
        if (chosen.isPresent()) {
            List<ToolInvocation> calls = new ArrayList<>();
            Handoffs handoffs = new Handoffs(profiles, current, calls);
            handoffs.transferTo(current.equals(profiles.entry()) ? known(KNOWLEDGE) : current);
            return reply(handoffs, calls, chosen.get());
        }
        Optional<SmallTalk.Kind> smallTalk = SmallTalk.classify(request.text());
        if (smallTalk.isPresent()) {
            return new AgentReply(current, SmallTalk.answer(smallTalk.get()), List.of());
        }
        List<ToolInvocation> calls = new ArrayList<>();
        Handoffs handoffs = new Handoffs(profiles, current, calls);
        String target = HumanRequest.matches(request.text()) ? HUMAN : target(request.text(), current);
        if (target.equals(HUMAN) && profiles.find(HUMAN).isPresent()) {
            handoffs.transferTo(HUMAN);
            String text = knowledge.openTicket(HUMAN, request, calls, "You asked to talk to a person.");
            return reply(handoffs, calls, new SkillAnswer(text, AgentReply.Outcome.ESCALATED,
                    "the customer asked for a person"));
        }
        if (target.equals(Route.OFF_TOPIC)) {
            return offTopic(request, handoffs, calls);
        }
        String agent = known(target);
        handoffs.transferTo(agent);
        SkillAnswer answer = agent.equals(ORDERS) ? orders.answer(agent, request, calls)
                : knowledge.answer(agent, request, calls);
        return reply(handoffs, calls, answer);
    }

    private AgentReply offTopic(AgentRequest request, Handoffs handoffs, List<ToolInvocation> calls) {
        String searcher = known(KNOWLEDGE);
        KnowledgeDecision decision = knowledge.search(searcher, request, calls);
        boolean searched = calls.get(calls.size() - 1).result().success();
        boolean found = decision instanceof KnowledgeDecision.Answer;
        if (found || !searched) {
            handoffs.transferTo(searcher);
            return reply(handoffs, calls, found ? knowledge.say(decision).orElseThrow() : SkillAnswer.unresolved(
                    knowledge.openTicket(searcher, request, calls, "I don't know the answer to that just now."))
                    .basedOn(decision));
        }
        handoffs.transferTo(profiles.entry());
        return reply(handoffs, calls, SkillAnswer.answered(OFF_TOPIC_REPLY));
    }

    /** The conversation's agent, or the entry agent when it is unknown or a human has it (after a hand-back). */
    private String startingAgent(String active) {
        AgentProfile profile = profiles.orEntry(active);
        return profile.escalates() ? profiles.entry() : profile.name();
    }

    private String target(String text, String current) {
        if (!SLOTS.extract(text).orderIds().isEmpty()) {
            return ORDERS;
        }
        Route route = router.route(text);
        boolean atEntry = current.equals(profiles.entry());
        boolean followUp = route.offTopic() && !atEntry && route.confidence() < OFF_TOPIC_IN_SPECIALIST;
        if (route.confident() && !followUp) {
            return route.label();
        }
        return atEntry ? KNOWLEDGE : current;
    }

    /** The agent for a label: itself when configured, else knowledge, else the entry agent. */
    private String known(String label) {
        if (profiles.find(label).isPresent()) {
            return label;
        }
        return profiles.find(KNOWLEDGE).map(AgentProfile::name).orElse(profiles.entry());
    }

    private static AgentReply reply(Handoffs handoffs, List<ToolInvocation> calls, SkillAnswer answer) {
        return new AgentReply(handoffs.agent(), answer.text(), calls, answer.outcome(), handoffs.handoffTarget(),
                answer.escalationReason(), answer.content(), answer.knowledge());
    }
}
