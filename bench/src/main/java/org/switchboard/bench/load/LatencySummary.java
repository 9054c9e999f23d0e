package org.switchboard.bench.load;

import java.util.Arrays;
import java.util.Locale;

/**
 * Percentiles of a set of latencies, by the nearest-rank method (the smallest sample such that at least p % of
 * the samples are less than or equal to it).
 *
 * @param samplesMillis the latencies in milliseconds, sorted ascending
 */
public record LatencySummary(double[] samplesMillis) {

    /**
     * @param millis latencies in milliseconds, any order; not modified
     * @return their summary
     */
    public static LatencySummary of(double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted);
    }

    /**
     * @param p the percentile, in (0, 100]
     * @return that percentile in milliseconds; NaN when there is no sample
     */
    public double percentile(double p) {
        if (samplesMillis.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * samplesMillis.length);
        return samplesMillis[Math.max(0, Math.min(samplesMillis.length, rank) - 1)];
    }

    /** @return {@code p50 / p90 / p99} in milliseconds, one decimal */
    public String describe() {
        return String.format(Locale.ROOT, "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms (%d samples)", percentile(50),
                percentile(90), percentile(99), samplesMillis.length);
    }
}
