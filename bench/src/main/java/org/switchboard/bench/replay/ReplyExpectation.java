package org.switchboard.bench.replay;

import org.switchboard.bench.slackapi.CapturedMessage;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Where the bot's answer to one customer message must land:
 * <ul>
 *   <li>in a channel (public/private, including {@code app_mention}s): same channel, in the message's thread —
 *       {@code thread_ts} = the event's {@code thread_ts} if it was a thread reply, else the event's
 *       {@code ts} (the bot starts a thread under the question);</li>
 *   <li>in a DM ({@code channel_type: im} or a channel id starting with {@code D}): same channel, either
 *       unthreaded or in the event's thread ({@code thread_ts}, or the event's own {@code ts}).</li>
 * </ul>
 *
 * @param channel          the channel id the reply must be posted in
 * @param directMessage    whether unthreaded replies are accepted
 * @param acceptedThreads  the {@code thread_ts} values a reply may carry; unmodifiable
 */
public record ReplyExpectation(String channel, boolean directMessage, Set<String> acceptedThreads) {

    /**
     * Validates and freezes the components.
     *
     * @param channel the channel component, see the record description
     * @param directMessage the directMessage component, see the record description
     * @param acceptedThreads the acceptedThreads component, see the record description
     * @throws NullPointerException if channel or acceptedThreads is null
     */
    public ReplyExpectation {
        Objects.requireNonNull(channel, "channel");
        acceptedThreads = Set.copyOf(acceptedThreads);
    }

    /**
     * The expectation for a replayable payload.
     *
     * @param payload a payload that passed {@link PayloadFilter} (has channel and ts)
     * @return where its reply must land
     */
    public static ReplyExpectation of(SlackPayload payload) {
        Set<String> threads = new LinkedHashSet<>();
        if (payload.isDirectMessage()) {
            addIfPresent(threads, payload.threadTs());
            addIfPresent(threads, payload.ts());
            return new ReplyExpectation(payload.channel(), true, threads);
        }
        threads.add(payload.threadTs() != null ? payload.threadTs() : payload.ts());
        return new ReplyExpectation(payload.channel(), false, threads);
    }

    /**
     * Whether a captured message is the reply.
     *
     * @param message a message the bot posted
     * @return true if it is in the expected channel and thread
     */
    public boolean matches(CapturedMessage message) {
        if (!channel.equals(message.channel())) {
            return false;
        }
        if (message.threadTs() == null) {
            return directMessage;
        }
        return acceptedThreads.contains(message.threadTs());
    }

    /**
     * A short description for reports.
     *
     * @return e.g. {@code C111 thread 1606810819.000800} or {@code D111 (DM)}
     */
    public String describe() {
        return directMessage ? channel + " (DM)" : channel + " thread " + String.join("|", acceptedThreads);
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }
}
