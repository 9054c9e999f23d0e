package org.switchboard.bench.load;

import java.time.Duration;
import org.switchboard.bench.replay.ReplayUsageException;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * A storm of Slack Web API faults during a load run ({@code --storm=...}): while messages are being sent, about
 * {@code percent} % of the bot's {@code chat.postMessage} calls are answered with an HTTP error (optionally with
 * {@code Retry-After}) or held back by a delay (longer than the bot's timeout, the call's outcome is unknown to it).
 * The same storms hit the Bot Connector's posts through
 * {@link org.switchboard.bench.teamsapi.BotFrameworkStandIn#startStorm}.
 *
 * @param status      HTTP status to answer (e.g. 429, 503), or 0 for a delay
 * @param percent     share of calls hit, 1 to 100
 * @param retryAfter  {@code Retry-After} seconds sent with the status, or null
 * @param delay       how long answers are held back (for a delay storm), or null
 */
public record FaultStorm(int status, int percent, Integer retryAfter, Duration delay) {

    /**
     * @param spec {@code STATUS:PERCENT[:RETRY_AFTER_SECONDS]} (e.g. {@code 503:30}, {@code 429:30:1}) or
     *             {@code slow:PERCENT:DELAY_MS} (e.g. {@code slow:10:12000})
     * @return the storm
     * @throws ReplayUsageException when the spec is malformed
     */
    public static FaultStorm parse(String spec) throws ReplayUsageException {
        String[] parts = spec.split(":");
        try {
            if (parts.length == 3 && "slow".equals(parts[0])) {
                return checked(new FaultStorm(0, Integer.parseInt(parts[1]), null,
                        Duration.ofMillis(Long.parseLong(parts[2]))));
            }
            if (parts.length == 2 || parts.length == 3) {
                return checked(new FaultStorm(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
                        parts.length == 3 ? Integer.valueOf(parts[2]) : null, null));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ReplayUsageException("--storm must be STATUS:PERCENT[:RETRY_AFTER] or slow:PERCENT:DELAY_MS, was " + spec);
    }

    private static FaultStorm checked(FaultStorm storm) throws ReplayUsageException {
        if (storm.percent < 1 || storm.percent > 100 || (storm.delay == null && (storm.status < 400 || storm.status > 599))) {
            throw new ReplayUsageException("--storm needs a percent from 1 to 100 and an HTTP error status");
        }
        return storm;
    }

    /**
     * Arms the stand-in for its share of the next calls.
     *
     * @param standIn the stand-in
     * @param share   faults owed so far (calls seen times the percent, plus what earlier ticks did not arm)
     * @return what is still owed: the fraction below one fault
     */
    double inject(SlackWebApiStandIn standIn, double share) {
        int count = (int) Math.floor(share);
        if (count < 1) {
            return share;
        }
        if (delay != null) {
            standIn.delayNext(count, delay);
        } else {
            standIn.failNext(count, status, retryAfter);
        }
        return share - count;
    }

    @Override
    public String toString() {
        return delay != null ? "slow " + percent + " % by " + delay.toMillis() + " ms"
                : "HTTP " + status + " on " + percent + " %" + (retryAfter == null ? "" : " (Retry-After " + retryAfter + ")");
    }
}
