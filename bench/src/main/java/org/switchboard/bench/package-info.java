/**
 * Switchboard's developer bench: tools that talk to a running Switchboard from the outside, the way Slack
 * would, and never run inside the server.
 *
 * <ul>
 *   <li>{@link org.switchboard.bench.slackapi} — a local stand-in for the Slack Web API that captures the
 *       bot's {@code chat.postMessage} calls, and a signer for Slack request signing v0.</li>
 *   <li>{@link org.switchboard.bench.replay} — the {@code SlackReplay} command that signs and posts real
 *       Events API payloads to a running bot and prints the replies it sends back.</li>
 *   <li>{@link org.switchboard.bench.teamsapi} — a local stand-in for the Bot Framework services (OpenID metadata,
 *       JWKS, token endpoint, Bot Connector) that captures the bot's Teams replies, and a signer for test JWTs.</li>
 *   <li>{@link org.switchboard.bench.smtp} — a local SMTP server that captures the bot's email replies and injects
 *       4xx storms and late answers.</li>
 * </ul>
 */
package org.switchboard.bench;
