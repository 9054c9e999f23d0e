/**
 * Support agents: the people who answer customers when the bot hands over (table {@code support_agents} and
 * {@code support_agent_identities}). A {@link org.switchboard.core.people.SupportAgent} has a user name (console
 * sign-in), a display name, a {@link org.switchboard.core.people.SupportRole}, a password hash (never the password;
 * hashing is the server's job) and the ids their chat channels authenticate them by (Slack user ids, Teams AAD object
 * ids, email addresses). {@link org.switchboard.core.people.SupportAgents} keeps them and finds the person behind a
 * channel sender; {@link org.switchboard.core.people.HumanReplies} is what a person does in a conversation: reply
 * through the outbox, write an internal note, or answer from their own chat. The word "agent" alone means the bot's
 * AI agents elsewhere in this code ({@code org.switchboard.core.agent}); nothing here is an AI agent. No channel,
 * HTTP or password-hashing code lives here.
 */
package org.switchboard.core.people;
