/**
 * Test peers for the Slack side of Switchboard.
 *
 * <ul>
 *   <li>{@link org.switchboard.bench.slackapi.SlackWebApiStandIn} — an HTTP server on the loopback interface
 *       that answers the subset of the <a href="https://api.slack.com/web">Slack Web API</a> the bot uses
 *       ({@code chat.postMessage}, {@code auth.test}), captures every delivered message as a
 *       {@link org.switchboard.bench.slackapi.CapturedMessage}, and can inject rate limits, server errors and
 *       slow answers.</li>
 *   <li>{@link org.switchboard.bench.slackapi.SlackRequestSigner} — produces the
 *       {@code X-Slack-Request-Timestamp} / {@code X-Slack-Signature} headers Slack puts on the requests it
 *       sends to an app (request signing v0), using the Slack SDK's own generator.</li>
 * </ul>
 *
 * <p>Nothing here logs or prints a token or a signing secret.
 */
package org.switchboard.bench.slackapi;
