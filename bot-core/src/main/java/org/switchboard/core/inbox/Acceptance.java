package org.switchboard.core.inbox;

/** What {@link InboxService#accept} did with a message. */
public enum Acceptance {
    /** Stored for the first time; a turn will run. */
    ACCEPTED,
    /** Already stored earlier (a channel retry); nothing new will happen. */
    DUPLICATE
}
