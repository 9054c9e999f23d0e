package org.switchboard.core.channel;

/** The channels customers can write in. The name is what the database stores. */
public enum Channel {
    /** Slack Events API in, Web API {@code chat.postMessage} out. */
    SLACK,
    /** Microsoft Teams through the Bot Framework (Activities in, Bot Connector out). */
    TEAMS,
    /** A support mailbox: IMAP in, SMTP out. */
    EMAIL
}
