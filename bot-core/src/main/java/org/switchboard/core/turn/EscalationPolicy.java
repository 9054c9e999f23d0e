package org.switchboard.core.turn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.agent.AgentReply;
import org.switchboard.core.audit.AuditLog;
import org.switchboard.core.conversation.Conversation;
import org.switchboard.core.conversation.ConversationStatus;
import org.switchboard.core.conversation.ConversationTransition;
import org.switchboard.core.hours.BusinessHoursConfig;
import org.switchboard.core.reply.ReplyContent;

/**
 * Applies an agent's reply to the conversation's state, inside the turn's transaction: a handoff makes the target
 * the active agent; an escalation (the customer asked for a person, the model failed, the human agent was chosen)
 * or {@code switchboard.escalation.unhelpful-turns} unhelpful turns in a row (default 2) move the conversation to
 * WAITING_FOR_HUMAN, after which the bot stays quiet until a human hands it back (but see below for after hours). Every change is audited. An
 * escalation outside business hours ({@link BusinessHoursConfig}) tells the customer when a person will answer
 * ({@link #afterHoursNote}), and while the team is away and nobody has taken the conversation over the bot keeps
 * answering what it can ({@link #answersWhileWaiting}, {@link #applyWhileWaiting}) without escalating again.
 */
@ApplicationScoped
public class EscalationPolicy {

    /** Appended to the reply when repeated failure escalates the conversation. */
    static final String REPEATED_FAILURE_NOTE = " Since I haven't been able to help, I've asked a person from our "
            + "support team to take over this conversation; they will reply here.";

    @Inject
    AuditLog audit;

    @Inject
    BusinessHoursConfig businessHours;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "switchboard.escalation.unhelpful-turns", defaultValue = "2")
    int unhelpfulTurnsLimit;

    /**
     * @param conversation the locked conversation, OPEN
     * @param reply        the agent's reply
     * @return the reply to send (with a note added when repeated failure escalated the conversation)
     */
    public AgentReply apply(Conversation conversation, AgentReply reply) {
        String target = "conversation:" + conversation.id().value();
        if (reply.handoffTo() != null && !reply.handoffTo().equals(conversation.getActiveAgent())) {
            audit.record("bot", "conversation.handoff", target, conversation.getActiveAgent() + " -> " + reply.handoffTo());
            conversation.handOffTo(reply.handoffTo());
        }
        return switch (reply.outcome()) {
            case ESCALATED -> escalate(conversation, reply, reply.escalationReason());
            case UNRESOLVED -> conversation.recordTurnOutcome(false) >= unhelpfulTurnsLimit
                    ? escalate(conversation, reply.withText(reply.text() + REPEATED_FAILURE_NOTE, null),
                            "the bot could not help " + unhelpfulTurnsLimit + " turns in a row")
                    : reply;
            case ANSWERED -> {
                conversation.recordTurnOutcome(true);
                yield reply;
            }
        };
    }

    /**
     * Whether the bot answers a customer message in a conversation that waits for a person: only outside business
     * hours and while nobody has taken it over (a person who takes over, or the team's opening, makes the bot quiet
     * again).
     *
     * @param conversation the locked conversation
     * @return true when it is WAITING_FOR_HUMAN, unassigned, and the business hours are closed now
     */
    public boolean answersWhileWaiting(Conversation conversation) {
        return conversation.getStatus() == ConversationStatus.WAITING_FOR_HUMAN && conversation.getAssignee() == null
                && businessHours.nextOpeningIfClosed().isPresent();
    }

    /**
     * Applies an agent's reply in a conversation that already waits for a person ({@link #answersWhileWaiting}):
     * a handoff is applied as in {@link #apply}, but the conversation is not escalated again and unhelpful turns do
     * not count; a reply that could not help (escalated or unresolved) says again when a person will answer.
     *
     * @param conversation the locked conversation, WAITING_FOR_HUMAN
     * @param reply        the agent's reply
     * @return the reply to send
     */
    public AgentReply applyWhileWaiting(Conversation conversation, AgentReply reply) {
        String target = "conversation:" + conversation.id().value();
        if (reply.handoffTo() != null && !reply.handoffTo().equals(conversation.getActiveAgent())) {
            audit.record("bot", "conversation.handoff", target, conversation.getActiveAgent() + " -> " + reply.handoffTo());
            conversation.handOffTo(reply.handoffTo());
        }
        if (reply.outcome() == AgentReply.Outcome.ANSWERED) {
            audit.record("bot", "conversation.answered-while-waiting", target, "outside business hours");
            return reply;
        }
        AgentReply answered = reply.withOutcome(AgentReply.Outcome.UNRESOLVED);
        return businessHours.nextOpeningIfClosed().map(opening -> withNote(answered, afterHoursNote(opening)))
                .orElse(answered);
    }

    private AgentReply escalate(Conversation conversation, AgentReply reply, String reason) {
        conversation.transition(ConversationTransition.ESCALATE, reason, clock.instant());
        audit.record("bot", "conversation.escalated", "conversation:" + conversation.id().value(), reason);
        AgentReply escalated = reply.escalated(reason);
        return businessHours.nextOpeningIfClosed()
                .map(opening -> withNote(escalated, afterHoursNote(opening)))
                .orElse(escalated);
    }

    private static AgentReply withNote(AgentReply reply, String note) {
        ReplyContent content = reply.content();
        if (content != null) {
            List<ReplyContent.Block> blocks = new ArrayList<>(content.blocks());
            blocks.add(new ReplyContent.Paragraph(note.strip()));
            content = new ReplyContent(blocks, content.choices());
        }
        return reply.withText(reply.text() + note, content);
    }

    /**
     * @param opening the next opening in words, e.g. {@code Monday at 9:00 CET}
     * @return the sentence appended to an escalation outside business hours
     */
    static String afterHoursNote(String opening) {
        return " Our support team is away right now; a person will answer here from " + opening + ".";
    }
}
