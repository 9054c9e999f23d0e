package org.switchboard.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void nearestRankPicksTheSmallestValueCoveringThePercentage() {
        long[] values = {50, 10, 40, 20, 30, 60, 70, 80, 90, 100};
        assertThat(Percentiles.nearestRank(values, 50)).isEqualTo(50);
        assertThat(Percentiles.nearestRank(values, 90)).isEqualTo(90);
        assertThat(Percentiles.nearestRank(values, 91)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(values, 100)).isEqualTo(100);
        assertThat(Percentiles.nearestRank(values, 1)).isEqualTo(10);
        assertThat(values[0]).as("input not reordered").isEqualTo(50);
    }

    @Test
    void noValuesHaveNoPercentileAndPercentMustBeInRange() {
        assertThat(Percentiles.nearestRank(new long[0], 50)).isNull();
        assertThat(Percentiles.nearestRank(new long[] {7}, 90)).isEqualTo(7);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentiles.nearestRank(new long[] {1}, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
