package org.switchboard.core.conversation;

/** The lifecycle of a conversation. */
public enum ConversationStatus {
    /** The bot answers. */
    OPEN,
    /** Escalated: the bot stays quiet until a human hands it back. */
    WAITING_FOR_HUMAN,
    /** A human has taken it over. */
    HANDED_OFF,
    /** Finished. */
    CLOSED
}
