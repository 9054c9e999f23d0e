package org.switchboard.bench.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import org.switchboard.core.intent.LabelledExample;

/**
 * Stratified k-fold splits: each intent's examples are shuffled with a seeded {@link Random} and dealt round-robin
 * to the folds, so every fold holds about 1/k of every intent (as scikit-learn's {@code StratifiedKFold(shuffle=True)}
 * intends). Deterministic for a given seed and example order.
 */
public final class CrossValidation {

    /**
     * One fold: train on {@code train}, test on {@code test}; the two are disjoint and together all examples.
     *
     * @param train the training examples
     * @param test  the held-out examples
     */
    public record Fold(List<LabelledExample> train, List<LabelledExample> test) {
    }

    private CrossValidation() {
    }

    /**
     * @param examples the examples, not empty
     * @param k        number of folds, at least 2
     * @param seed     shuffle seed
     * @return k folds; fold i tests the examples dealt to i
     * @throws NullPointerException     if examples is null
     * @throws IllegalArgumentException if k is less than 2 or greater than the number of examples
     */
    public static List<Fold> stratified(List<LabelledExample> examples, int k, long seed) {
        Objects.requireNonNull(examples, "examples");
        if (k < 2 || k > examples.size()) {
            throw new IllegalArgumentException("k must be in 2.." + examples.size() + ": " + k);
        }
        Map<String, List<Integer>> byIntent = new TreeMap<>();
        for (int i = 0; i < examples.size(); i++) {
            byIntent.computeIfAbsent(examples.get(i).intent(), key -> new ArrayList<>()).add(i);
        }
        int[] foldOf = new int[examples.size()];
        Random random = new Random(seed);
        int next = 0;
        for (List<Integer> positions : byIntent.values()) {
            Collections.shuffle(positions, random);
            for (int position : positions) {
                foldOf[position] = next;
                next = (next + 1) % k;
            }
        }
        List<Fold> folds = new ArrayList<>(k);
        for (int f = 0; f < k; f++) {
            List<LabelledExample> train = new ArrayList<>();
            List<LabelledExample> test = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                (foldOf[i] == f ? test : train).add(examples.get(i));
            }
            folds.add(new Fold(List.copyOf(train), List.copyOf(test)));
        }
        return folds;
    }
}
