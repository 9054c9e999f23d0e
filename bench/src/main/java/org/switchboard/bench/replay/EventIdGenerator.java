package org.switchboard.bench.replay;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes Slack-style event ids ({@code Ev} + upper-case letters and digits) unique across runs: a bot rightly
 * ignores an {@code event_id} it has already handled (that is how Slack's retries are de-duplicated), so
 * replaying the same files twice would get no answers the second time if the ids were kept. The ids are
 * {@code EvR} + the run's start time in base 36 + a 4-digit sequence number (e.g. {@code EvRSG3F2K1A0007}).
 */
public final class EventIdGenerator {

    private final String prefix;
    private final AtomicInteger sequence = new AtomicInteger();

    /** Creates a generator whose ids embed the current time. */
    public EventIdGenerator() {
        this(System.currentTimeMillis());
    }

    /**
     * Creates a generator for a given run start.
     *
     * @param runStartMillis epoch milliseconds that make this run's ids differ from other runs'
     */
    public EventIdGenerator(long runStartMillis) {
        this.prefix = "EvR" + Long.toString(runStartMillis, 36).toUpperCase(Locale.ROOT);
    }

    /**
     * The next id. Thread-safe.
     *
     * @return a new event id, never returned before by this generator
     */
    public String next() {
        return prefix + String.format(Locale.ROOT, "%04d", sequence.incrementAndGet());
    }
}
