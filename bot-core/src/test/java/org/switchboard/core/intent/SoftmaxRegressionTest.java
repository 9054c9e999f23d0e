package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SoftmaxRegressionTest {

    private static final SoftmaxRegression.Hyperparameters HYPER = new SoftmaxRegression.Hyperparameters(20, 0.5, 0, 7);

    /** Three classes, each owning one feature; feature 3 is shared noise. */
    private static List<SparseVector> examples() {
        List<SparseVector> xs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            xs.add(SparseVector.of(new int[] {i % 3, 3}, new float[] {1f, 0.5f}));
        }
        return xs;
    }

    private static int[] labels() {
        int[] labels = new int[30];
        for (int i = 0; i < 30; i++) {
            labels[i] = i % 3;
        }
        return labels;
    }

    @Test
    void learnsSeparableClassesWithProbabilitiesSummingToOne() {
        SoftmaxRegression model = SoftmaxRegression.train(examples(), labels(), 3, 4, HYPER);
        for (int c = 0; c < 3; c++) {
            double[] p = model.probabilities(SparseVector.of(new int[] {c}, new float[] {1f}));
            assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
            assertThat(p[c]).as("class %d", c).isGreaterThan(0.9);
        }
    }

    @Test
    void theSameSeedGivesTheSameModelAndAnotherSeedAnotherOrder() {
        SparseVector probe = SparseVector.of(new int[] {0, 1, 3}, new float[] {0.5f, 0.5f, 1f});
        double[] a = SoftmaxRegression.train(examples(), labels(), 3, 4, HYPER).probabilities(probe);
        double[] b = SoftmaxRegression.train(examples(), labels(), 3, 4, HYPER).probabilities(probe);
        double[] c = SoftmaxRegression.train(examples(), labels(), 3, 4,
                new SoftmaxRegression.Hyperparameters(20, 0.5, 0, 8)).probabilities(probe);
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void ignoresFeaturesBeyondTheTrainedDimension() {
        SoftmaxRegression model = SoftmaxRegression.train(examples(), labels(), 3, 4, HYPER);
        double[] known = model.probabilities(SparseVector.of(new int[] {1}, new float[] {1f}));
        double[] extra = model.probabilities(SparseVector.of(new int[] {1, 9}, new float[] {1f, 5f}));
        assertThat(extra).containsExactly(known);
    }

    @Test
    void rejectsInconsistentInput() {
        assertThatThrownBy(() -> SoftmaxRegression.train(List.of(), new int[0], 2, 2, HYPER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoftmaxRegression.train(examples(), new int[3], 3, 4, HYPER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoftmaxRegression.train(examples(), labels(), 2, 4, HYPER))
                .hasMessageContaining("label out of range");
        assertThatThrownBy(() -> SoftmaxRegression.train(examples(), labels(), 3, 3, HYPER))
                .hasMessageContaining("feature index out of range");
        assertThatThrownBy(() -> new SoftmaxRegression.Hyperparameters(0, 0.5, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
