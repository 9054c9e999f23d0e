package org.switchboard.core.conversation;

/** Who wrote a transcript line. */
public enum MessageRole {
    /** The customer. */
    CUSTOMER,
    /** An agent of the bot (the reply). */
    AGENT,
    /** A tool call and its result. */
    TOOL,
    /** A person of the support team, to the customer (a console reply, an edited review draft, a chat message). */
    HUMAN,
    /** A person's internal note: stored beside the replies, never sent, never shown to the bot's agents. */
    NOTE,
    /** A line the system writes about the conversation (e.g. the summary when a person hands it back). */
    SYSTEM
}
