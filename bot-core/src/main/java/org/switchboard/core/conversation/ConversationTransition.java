package org.switchboard.core.conversation;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The escalation state machine of a conversation: which {@link ConversationStatus} changes are allowed.
 *
 * <pre>
 *   OPEN ──escalate──▶ WAITING_FOR_HUMAN ──take over──▶ HANDED_OFF
 *    │ ▲ ◀────────────hand back─────────────┴──────────────────┘ ▲
 *    │ └──reopen (new customer message)── CLOSED ◀──close── any other state
 *    └───────────────take over (a person steps in)─────────────┘
 * </pre>
 *
 * While a conversation is WAITING_FOR_HUMAN or HANDED_OFF the bot stores the customer's messages but does not
 * answer them (except a conversation waiting outside business hours that nobody has taken over, which the bot goes on
 * answering: {@code EscalationPolicy#answersWhileWaiting}); hand-back returns it to the bot (the triage agent answers the next turn).
 */
public enum ConversationTransition {
    /** The bot gives up or the customer asks for a person: a human must answer. */
    ESCALATE(EnumSet.of(ConversationStatus.OPEN), ConversationStatus.WAITING_FOR_HUMAN),
    /** A person of the support team takes the conversation: escalated, or one the bot is still answering. */
    TAKE_OVER(EnumSet.of(ConversationStatus.OPEN, ConversationStatus.WAITING_FOR_HUMAN), ConversationStatus.HANDED_OFF),
    /** The human returns the conversation to the bot. */
    HAND_BACK(EnumSet.of(ConversationStatus.WAITING_FOR_HUMAN, ConversationStatus.HANDED_OFF), ConversationStatus.OPEN),
    /** The conversation is finished. */
    CLOSE(EnumSet.of(ConversationStatus.OPEN, ConversationStatus.WAITING_FOR_HUMAN, ConversationStatus.HANDED_OFF),
            ConversationStatus.CLOSED),
    /** A customer writes again in a closed conversation: the bot answers again. */
    REOPEN(EnumSet.of(ConversationStatus.CLOSED), ConversationStatus.OPEN);

    private static final Map<String, ConversationTransition> BY_ACTION = Map.of(
            "escalate", ESCALATE, "take-over", TAKE_OVER, "hand-back", HAND_BACK, "close", CLOSE, "reopen", REOPEN);

    private final Set<ConversationStatus> from;
    private final ConversationStatus to;

    ConversationTransition(Set<ConversationStatus> from, ConversationStatus to) {
        this.from = from;
        this.to = to;
    }

    /** @return the status after this transition */
    public ConversationStatus target() {
        return to;
    }

    /**
     * @param current the current status
     * @return whether this transition may start from it
     */
    public boolean allowedFrom(ConversationStatus current) {
        return from.contains(current);
    }

    /**
     * @param current the current status
     * @return the status after the transition
     * @throws IllegalStateException when the transition is not allowed from {@code current}
     */
    public ConversationStatus apply(ConversationStatus current) {
        if (!allowedFrom(current)) {
            throw new IllegalStateException("cannot " + action() + " a conversation that is " + current);
        }
        return to;
    }

    /** @return the action's name in the admin API, e.g. {@code hand-back} */
    public String action() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * @param action an action name as in {@link #action()}
     * @return the transition
     * @throws IllegalArgumentException for an unknown action
     */
    public static ConversationTransition ofAction(String action) {
        ConversationTransition t = action == null ? null : BY_ACTION.get(action);
        if (t == null) {
            throw new IllegalArgumentException("unknown action '" + action + "'; one of " + BY_ACTION.keySet());
        }
        return t;
    }
}
