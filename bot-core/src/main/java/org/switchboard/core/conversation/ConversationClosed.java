package org.switchboard.core.conversation;

import java.time.Instant;

/**
 * CDI event: a conversation was closed (resolved). Fired synchronously inside the transaction that closes it, so an
 * observer with a plain {@code @Observes} writes its own work (a CSAT request in the outbox) in that same transaction:
 * both commit together or not at all, also across a crash. Observers that must only act once the close is committed
 * use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * <p>Fired by {@link ConversationControl} when the {@link ConversationTransition#CLOSE} transition is applied (the
 * admin API, the console, the Slack admin commands).
 *
 * @param conversationId  the conversation
 * @param closedBy        who closed it (the admin's or agent's name), or null when the bot or the system closed it
 * @param handledByPerson whether a person handled it: the conversation was escalated to or taken over by a person
 *                        ({@code WAITING_FOR_HUMAN} or {@code HANDED_OFF}) when it was closed; false when the bot
 *                        resolved it
 * @param at              when it was closed
 */
public record ConversationClosed(long conversationId, String closedBy, boolean handledByPerson, Instant at) {

    /** @throws NullPointerException if at is null */
    public ConversationClosed {
        java.util.Objects.requireNonNull(at, "at");
    }
}
