package org.switchboard.slack.delivery;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Paces posts per Slack channel: a token bucket per channel (Bucket4j) of {@code burst} tokens refilled at
 * {@code perSecond} per second, so that a busy channel gets about one reply a second after a short burst, as Slack
 * asks of {@code chat.postMessage} ("1 per second per channel, short bursts allowed"); a 429 is still handled by
 * the outbox with its Retry-After. {@link #awaitTurn} blocks the delivering thread until the channel's turn; it never
 * drops anything. The buckets of the {@value #MAX_CHANNELS} channels used least recently are kept (older ones are
 * forgotten, which at worst allows one extra burst). Per server: two servers each pace at this rate. Thread-safe.
 */
final class ChannelPacer {

    static final int MAX_CHANNELS = 10_000;

    private final int perSecond;
    private final int burst;
    private final TimeMeter time;
    private final BlockingStrategy blocking;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CHANNELS;
        }
    };

    /**
     * @param perSecond posts per second per channel after the burst, at least 1
     * @param burst     posts at once per channel, at least 1
     */
    ChannelPacer(int perSecond, int burst) {
        this(perSecond, burst, TimeMeter.SYSTEM_NANOTIME, BlockingStrategy.PARKING);
    }

    /**
     * @param perSecond posts per second per channel after the burst, at least 1
     * @param burst     posts at once per channel, at least 1
     * @param time      the clock of the buckets
     * @param blocking  how a thread waits for its turn
     * @throws IllegalArgumentException if perSecond or burst is below 1
     */
    ChannelPacer(int perSecond, int burst, TimeMeter time, BlockingStrategy blocking) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("perSecond and burst must be at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.time = time;
        this.blocking = blocking;
    }

    /**
     * Waits until the channel may get another post, and takes that turn.
     *
     * @param channel the Slack channel id
     * @throws InterruptedException if interrupted while waiting (the turn is not taken)
     */
    void awaitTurn(String channel) throws InterruptedException {
        bucketOf(channel).asBlocking().consume(1, blocking);
    }

    private synchronized Bucket bucketOf(String channel) {
        return buckets.computeIfAbsent(channel, c -> Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build());
    }
}
