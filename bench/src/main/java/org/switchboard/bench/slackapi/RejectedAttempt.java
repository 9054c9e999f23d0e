package org.switchboard.bench.slackapi;

import java.time.Instant;
import java.util.Objects;

/**
 * One {@code chat.postMessage} call that the {@link SlackWebApiStandIn} answered with an injected failure
 * (see {@link SlackWebApiStandIn#failNext(int, int, Integer)}) and therefore did <em>not</em> record as
 * delivered.
 *
 * @param channel           the {@code channel} parameter of the rejected call, or {@code null} if the body
 *                          could not be read or had none
 * @param threadTs          the {@code thread_ts} parameter of the rejected call, or {@code null}
 * @param status            the HTTP status the stand-in answered with (e.g. 429, 503)
 * @param retryAfterSeconds the value of the {@code Retry-After} header sent (seconds), or {@code null} if none
 * @param receivedAt        when the stand-in received the request (server clock)
 */
public record RejectedAttempt(String channel, String threadTs, int status, Integer retryAfterSeconds,
                              Instant receivedAt) {

    /**
     * Validates the components.
     *
     * @param channel the channel component, see the record description
     * @param threadTs the threadTs component, see the record description
     * @param status the status component, see the record description
     * @param retryAfterSeconds the retryAfterSeconds component, see the record description
     * @param receivedAt the receivedAt component, see the record description
     * @throws NullPointerException if {@code receivedAt} is null
     */
    public RejectedAttempt {
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
