/**
 * The buttons of a clarifying question in Slack: a click ({@code block_actions}, signed like every Slack request and
 * verified by Bolt) becomes the customer's next message in the conversation the question was asked in, with the
 * chosen article's title as its text, and is answered like any message (the agent resolves the choice).
 */
package org.switchboard.slack.choice;
