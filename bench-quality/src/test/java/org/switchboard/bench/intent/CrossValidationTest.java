package org.switchboard.bench.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.LabelledExample;

class CrossValidationTest {

    private static List<LabelledExample> examples() {
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new LabelledExample("a" + i, "alpha"));
        }
        for (int i = 0; i < 25; i++) {
            examples.add(new LabelledExample("b" + i, "beta"));
        }
        return examples;
    }

    @Test
    void foldsPartitionTheExamplesAndKeepTheIntentMix() {
        List<CrossValidation.Fold> folds = CrossValidation.stratified(examples(), 5, 42);
        assertThat(folds).hasSize(5);
        Set<LabelledExample> tested = new HashSet<>();
        for (CrossValidation.Fold fold : folds) {
            assertThat(fold.test()).hasSize(15);
            assertThat(fold.test().stream().filter(e -> e.intent().equals("alpha"))).hasSize(10);
            assertThat(fold.train()).hasSize(60).doesNotContainAnyElementsOf(fold.test());
            tested.addAll(fold.test());
        }
        assertThat(tested).containsExactlyInAnyOrderElementsOf(examples());
    }

    @Test
    void theSeedFixesTheSplit() {
        assertThat(CrossValidation.stratified(examples(), 5, 42)).isEqualTo(CrossValidation.stratified(examples(), 5, 42));
        assertThat(CrossValidation.stratified(examples(), 5, 42).get(0).test())
                .isNotEqualTo(CrossValidation.stratified(examples(), 5, 43).get(0).test());
    }

    @Test
    void rejectsImpossibleFoldCounts() {
        assertThatThrownBy(() -> CrossValidation.stratified(examples(), 1, 42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrossValidation.stratified(examples().subList(0, 3), 4, 42))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
