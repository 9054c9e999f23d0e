/**
 * The Slack replay tool: {@link org.switchboard.bench.replay.SlackReplay} posts real Slack Events API payloads
 * to a running Switchboard, signed as Slack would sign them, and prints what the bot answered through a
 * {@link org.switchboard.bench.slackapi.SlackWebApiStandIn}.
 *
 * <p>The pieces, in the order a payload goes through them:
 * <ol>
 *   <li>{@link org.switchboard.bench.replay.ReplayOptions} — command-line options and environment variables;</li>
 *   <li>{@link org.switchboard.bench.replay.PayloadLoader} — finds {@code *.json} files and reads each into a
 *       {@link org.switchboard.bench.replay.SlackPayload};</li>
 *   <li>{@link org.switchboard.bench.replay.PayloadFilter} — keeps customer messages only (user
 *       {@code message} / {@code app_mention} events without subtype or bot id);</li>
 *   <li>{@link org.switchboard.bench.replay.EventIdGenerator} — fresh {@code event_id}s so that a bot which
 *       de-duplicates Slack retries answers a replay again;</li>
 *   <li>{@link org.switchboard.bench.replay.EventPoster} — signs and POSTs a payload to
 *       {@code <url>/slack/events}, timing the acknowledgement;</li>
 *   <li>{@link org.switchboard.bench.replay.ReplyExpectation} and
 *       {@link org.switchboard.bench.replay.ReplyMatcher} — wait for the bot's {@code chat.postMessage} in the
 *       right channel and thread;</li>
 *   <li>{@link org.switchboard.bench.replay.ReplayReport} — prints one block per payload and the summary;</li>
 *   <li>{@link org.switchboard.bench.replay.ReplayRunner} — runs the above for every file.</li>
 * </ol>
 */
package org.switchboard.bench.replay;
