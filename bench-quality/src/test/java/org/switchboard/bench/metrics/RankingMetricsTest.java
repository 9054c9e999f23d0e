package org.switchboard.bench.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {

    private static final Set<String> RELEVANT = Set.of("a", "b", "c");

    @Test
    void recallCountsRelevantIdsWithinTheCutOff() {
        assertThat(RankingMetrics.recallAt(List.of("a", "x", "b", "y", "c"), RELEVANT, 3)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(RankingMetrics.recallAt(List.of("a", "x", "b", "y", "c"), RELEVANT, 10)).isEqualTo(1.0);
        assertThat(RankingMetrics.recallAt(List.of(), RELEVANT, 10)).isZero();
        assertThat(RankingMetrics.recallAt(List.of("a", "a", "a"), RELEVANT, 3)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void ndcgMatchesAHandComputedExample() {
        // relevant at ranks 1 and 3: DCG = 1/log2(2) + 1/log2(4) = 1 + 0.5 = 1.5
        // ideal with 3 relevant and k = 3: 1 + 1/log2(3) + 1/log2(4) = 1 + 0.63093 + 0.5 = 2.13093
        double expected = 1.5 / (1 + 1 / (Math.log(3) / Math.log(2)) + 0.5);
        assertThat(RankingMetrics.ndcgAt(List.of("a", "x", "b"), RELEVANT, 3)).isCloseTo(expected, within(1e-12));
        assertThat(expected).isCloseTo(0.70392, within(1e-5));
    }

    @Test
    void ndcgIsOneForAnIdealRankingAndZeroWithoutHits() {
        assertThat(RankingMetrics.ndcgAt(List.of("c", "b", "a", "x"), RELEVANT, 10)).isCloseTo(1.0, within(1e-12));
        // ideal DCG only counts min(k, |relevant|) positions: one hit at rank 1 with k = 1 is perfect
        assertThat(RankingMetrics.ndcgAt(List.of("b", "x"), RELEVANT, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(RankingMetrics.ndcgAt(List.of("x", "y"), RELEVANT, 10)).isZero();
        // a repeated relevant id gains once
        assertThat(RankingMetrics.ndcgAt(List.of("a", "a"), Set.of("a", "b"), 2))
                .isCloseTo(1 / (1 + 1 / (Math.log(3) / Math.log(2))), within(1e-12));
    }

    @Test
    void rejectsEmptyJudgmentsAndBadCutOffs() {
        assertThatThrownBy(() -> RankingMetrics.recallAt(List.of("a"), Set.of(), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RankingMetrics.ndcgAt(List.of("a"), RELEVANT, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
