package org.switchboard.bench.replay;

import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Walks the stand-in's captured messages in order, handing each one out once: as the reply to the payload
 * being waited for, or as an unexpected extra (a second reply, a late reply to an earlier payload, a message in
 * the wrong channel or thread). Payloads are replayed one at a time, so every message captured while a payload
 * is waited for belongs to that payload or is an extra. Not thread-safe: one replay drives it. Do not
 * {@link SlackWebApiStandIn#clear() clear} the stand-in while a matcher uses it.
 */
public final class ReplyMatcher {

    /**
     * The result of waiting for one reply.
     *
     * @param reply      the matching message, empty if none arrived in time
     * @param unexpected messages captured meanwhile that did not match, in arrival order
     */
    public record Match(Optional<CapturedMessage> reply, List<CapturedMessage> unexpected) {

        /**
         * Freezes the components.
         *
         * @param reply the reply component, see the record description
         * @param unexpected the unexpected component, see the record description
         * @throws NullPointerException if a component is null
         */
        public Match {
            Objects.requireNonNull(reply, "reply");
            unexpected = List.copyOf(unexpected);
        }
    }

    private final SlackWebApiStandIn standIn;
    /** Index of the first captured message not handed out yet. */
    private int cursor;

    /**
     * Creates a matcher that starts after the messages already captured.
     *
     * @param standIn the stand-in the bot posts to
     */
    public ReplyMatcher(SlackWebApiStandIn standIn) {
        this.standIn = Objects.requireNonNull(standIn, "standIn");
        this.cursor = standIn.messages().size();
    }

    /**
     * Hands out every message captured so far and not yet handed out. Call it before posting a payload, so that
     * a stray message that arrived earlier cannot be taken for that payload's reply.
     *
     * @return the messages, in arrival order (usually empty)
     */
    public List<CapturedMessage> takeUnclaimed() {
        List<CapturedMessage> all = standIn.messages();
        List<CapturedMessage> unclaimed = new ArrayList<>(all.subList(Math.min(cursor, all.size()), all.size()));
        cursor = all.size();
        return unclaimed;
    }

    /**
     * Waits for the first not-yet-handed-out message that matches.
     *
     * @param expectation where the reply must land
     * @param timeout     the longest time to wait
     * @return the reply (if any) and the non-matching messages captured before it (or, without a reply, all of
     *         them)
     * @throws InterruptedException if interrupted while waiting
     */
    public Match awaitReply(ReplyExpectation expectation, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<CapturedMessage> all = standIn.messages();
            for (int i = cursor; i < all.size(); i++) {
                if (expectation.matches(all.get(i))) {
                    List<CapturedMessage> unexpected = new ArrayList<>(all.subList(cursor, i));
                    cursor = i + 1;
                    return new Match(Optional.of(all.get(i)), unexpected);
                }
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || !awaitMore(all.size(), remaining)) {
                return new Match(Optional.empty(), takeUnclaimed());
            }
        }
    }

    /**
     * Waits the full grace period, then hands out every message not handed out yet: call it after the last
     * payload to catch late duplicates.
     *
     * @param grace how long to keep listening
     * @return the extra messages, in arrival order (usually empty)
     * @throws InterruptedException if interrupted while waiting
     */
    public List<CapturedMessage> awaitExtras(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || !awaitMore(standIn.messages().size(), remaining)) {
                return takeUnclaimed();
            }
        }
    }

    /** Waits until more than {@code seen} messages are captured; false on timeout. */
    private boolean awaitMore(int seen, long remainingNanos) throws InterruptedException {
        try {
            standIn.awaitMessages(seen + 1, Duration.ofNanos(remainingNanos));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }
}
