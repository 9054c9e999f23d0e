package org.switchboard.bench.slackapi;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One {@code chat.postMessage} call that the {@link SlackWebApiStandIn} accepted as delivered.
 *
 * <p>{@link #toString()} masks the token (and a {@code token} parameter, if the caller sent one) so that a
 * captured message can be printed or logged safely.
 *
 * @param channel    the {@code channel} parameter as sent (a channel id such as {@code C111} or {@code D111});
 *                   never null
 * @param threadTs   the {@code thread_ts} parameter (a Slack timestamp such as {@code 1606810819.000800}), or
 *                   {@code null} when the message was not posted in a thread (absent or empty parameter)
 * @param text       the {@code text} parameter, or the empty string when the caller sent only {@code blocks} or
 *                   {@code attachments}; never null
 * @param token      the bearer token from the {@code Authorization: Bearer ...} header (or, when that header is
 *                   missing, from a form {@code token} parameter); never null
 * @param receivedAt when the stand-in received the request (server clock)
 * @param params     every request parameter as received: form fields URL-decoded, JSON string/number/boolean
 *                   members as their text, JSON objects and arrays (e.g. {@code blocks}) as compact JSON text;
 *                   unmodifiable, in request order
 * @param ts         the message timestamp the stand-in answered with ({@code ts} of the response); unique and
 *                   increasing across all messages of one stand-in
 */
public record CapturedMessage(String channel, String threadTs, String text, String token, Instant receivedAt,
                              Map<String, String> params, String ts) {

    /**
     * Validates and freezes the components.
     *
     * @param channel the channel component, see the record description
     * @param threadTs the threadTs component, see the record description
     * @param text the text component, see the record description
     * @param token the token component, see the record description
     * @param receivedAt the receivedAt component, see the record description
     * @param params the params component, see the record description
     * @param ts the ts component, see the record description
     * @throws NullPointerException if any component other than {@code threadTs} is null
     */
    public CapturedMessage {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(ts, "ts");
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(params, "params")));
    }

    /**
     * Whether this message was posted in a thread.
     *
     * @return true when {@link #threadTs()} is not null
     */
    public boolean inThread() {
        return threadTs != null;
    }

    /**
     * A description without secrets: the token and any {@code token} parameter are shown as {@code ***}.
     *
     * @return a printable description of this message
     */
    @Override
    public String toString() {
        Map<String, String> safeParams = new LinkedHashMap<>(params);
        safeParams.computeIfPresent("token", (k, v) -> "***");
        return "CapturedMessage[channel=" + channel + ", threadTs=" + threadTs + ", ts=" + ts
                + ", text=" + text + ", token=***, receivedAt=" + receivedAt + ", params=" + safeParams + "]";
    }
}
