package org.switchboard.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationMetricsTest {

    @Test
    void accuracyIsTheShareOfExactMatches() {
        assertThat(ClassificationMetrics.accuracy(List.of("a", "b", "c", "d"), List.of("a", "x", "c", "D")))
                .isEqualTo(0.5);
        assertThat(ClassificationMetrics.accuracy(List.of("a"), List.of("a"))).isEqualTo(1.0);
    }

    @Test
    void shareCountsTrueFlags() {
        assertThat(ClassificationMetrics.share(new boolean[] {true, false, false, true, true})).isEqualTo(0.6);
    }

    @Test
    void rejectsEmptyOrMismatchedInput() {
        assertThatThrownBy(() -> ClassificationMetrics.accuracy(List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassificationMetrics.accuracy(List.of("a"), List.of("a", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClassificationMetrics.share(new boolean[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
