package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdCalibrationTest {

    @Test
    void balancedThresholdSeparatesConfidentInScopeFromOutOfScope() {
        double[] in = {0.9, 0.8, 0.7, 0.3};
        boolean[] correct = {true, true, true, false};
        double[] oos = {0.2, 0.4, 0.75};
        // t = 0.7: served 3/4, rejected 2/3 -> 1.4167; t = 0.8: served 2/4, rejected 3/3 -> 1.5 (best)
        assertThat(ThresholdCalibration.balanced(in, correct, oos)).isEqualTo(0.8);
    }

    @Test
    void balancedThresholdTakesTheSmallestOnTies() {
        // the wrong in-scope prediction at 0.8 counts nothing either way: t = 0.8 and t = 0.9 both score 1/2 + 1/1
        assertThat(ThresholdCalibration.balanced(new double[] {0.9, 0.8}, new boolean[] {true, false},
                new double[] {0.5})).isEqualTo(0.8);
    }

    @Test
    void quantileRejectsTheRequestedShareOfCorrectPredictions() {
        double[] in = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 0.05};
        boolean[] correct = {true, true, true, true, true, true, true, true, true, true, false};
        assertThat(ThresholdCalibration.quantile(in, correct, 0.2)).isEqualTo(0.3);
        assertThat(ThresholdCalibration.quantile(in, correct, 0.0)).isEqualTo(0.1);
        assertThat(ThresholdCalibration.quantile(new double[] {0.5}, new boolean[] {false}, 0.1)).isZero();
    }

    @Test
    void rejectsMissingData() {
        assertThatThrownBy(() -> ThresholdCalibration.balanced(new double[] {0.5}, new boolean[] {true}, new double[0]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ThresholdCalibration.quantile(new double[] {0.5}, new boolean[0], 0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
