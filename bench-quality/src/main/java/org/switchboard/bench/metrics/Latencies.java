package org.switchboard.bench.metrics;

import java.util.Arrays;
import java.util.Objects;

/** Percentiles of measured durations. */
public final class Latencies {

    private Latencies() {
    }

    /**
     * The p-th percentile by the nearest-rank method: the smallest sample such that at least p % of the samples are
     * less than or equal to it ({@code sorted[ceil(p / 100 * n) - 1]}, the first sample for p = 0).
     *
     * @param samples durations in any unit, not modified
     * @param p       percentile in [0, 100]
     * @return the percentile, in the unit of the samples
     * @throws NullPointerException     if samples is null
     * @throws IllegalArgumentException if samples is empty or p is out of range
     */
    public static double percentile(double[] samples, double p) {
        Objects.requireNonNull(samples, "samples");
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        if (!(p >= 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + p);
        }
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
