package org.switchboard.server.admin;

import java.util.Arrays;

/** Nearest-rank percentiles (the smallest value such that at least p % of the values are at or below it). */
final class Percentiles {

    private Percentiles() {
    }

    /**
     * @param values  the values, in any order (not changed)
     * @param percent 0 (exclusive) to 100 (inclusive)
     * @return the nearest-rank percentile, or null for no values
     * @throws IllegalArgumentException when percent is out of range
     */
    static Long nearestRank(long[] values, double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percent must be in (0, 100]: " + percent);
        }
        if (values.length == 0) {
            return null;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
