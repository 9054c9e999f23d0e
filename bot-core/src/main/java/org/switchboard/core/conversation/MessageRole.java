package org.switchboard.core.conversation;

/** Who wrote a transcript line. */
public enum MessageRole {
    /** The customer. */
    CUSTOMER,
    /** An agent of the bot (the reply). */
    AGENT,
    /** A tool call and its result. */
    TOOL,
    /** A human support agent. */
    HUMAN
}
