package org.switchboard.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void nearestRankPercentiles() {
        double[] samples = {15, 20, 35, 40, 50};
        // nearest rank: p30 -> ceil(1.5) = 2nd = 20; p40 -> 2nd = 20; p50 -> ceil(2.5) = 3rd = 35; p100 -> 50
        assertThat(Latencies.percentile(samples, 30)).isEqualTo(20);
        assertThat(Latencies.percentile(samples, 40)).isEqualTo(20);
        assertThat(Latencies.percentile(samples, 50)).isEqualTo(35);
        assertThat(Latencies.percentile(samples, 100)).isEqualTo(50);
        assertThat(Latencies.percentile(samples, 0)).isEqualTo(15);
    }

    @Test
    void p99OfAHundredSamplesIsTheSecondLargest() {
        double[] samples = new double[100];
        for (int i = 0; i < 100; i++) {
            samples[i] = 100 - i;
        }
        assertThat(Latencies.percentile(samples, 99)).isEqualTo(99);
        assertThat(samples[0]).as("input not modified").isEqualTo(100);
    }

    @Test
    void rejectsNoSamplesAndBadPercentiles() {
        assertThatThrownBy(() -> Latencies.percentile(new double[0], 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latencies.percentile(new double[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
