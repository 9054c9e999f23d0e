package org.switchboard.bench.metrics;

import java.util.List;
import java.util.Objects;

/** Figures of a classifier's predictions against gold labels. */
public final class ClassificationMetrics {

    private ClassificationMetrics() {
    }

    /**
     * Accuracy: the share of positions where the prediction equals the gold label ({@link String#equals}).
     *
     * @param predicted the predicted labels, none null
     * @param gold      the true labels, parallel
     * @return a value in [0, 1]
     * @throws NullPointerException     if a list or element is null
     * @throws IllegalArgumentException if the lists are empty or differ in length
     */
    public static double accuracy(List<String> predicted, List<String> gold) {
        Objects.requireNonNull(predicted, "predicted");
        Objects.requireNonNull(gold, "gold");
        if (predicted.isEmpty() || predicted.size() != gold.size()) {
            throw new IllegalArgumentException("need two non-empty lists of equal length, got " + predicted.size()
                    + " and " + gold.size());
        }
        int correct = 0;
        for (int i = 0; i < predicted.size(); i++) {
            if (Objects.requireNonNull(predicted.get(i), "prediction").equals(Objects.requireNonNull(gold.get(i), "gold"))) {
                correct++;
            }
        }
        return (double) correct / predicted.size();
    }

    /**
     * The share of true values.
     *
     * @param flags outcomes, e.g. "was this out-of-scope message flagged"
     * @return a value in [0, 1]
     * @throws NullPointerException     if flags is null
     * @throws IllegalArgumentException if flags is empty
     */
    public static double share(boolean[] flags) {
        Objects.requireNonNull(flags, "flags");
        if (flags.length == 0) {
            throw new IllegalArgumentException("no outcomes");
        }
        int yes = 0;
        for (boolean flag : flags) {
            yes += flag ? 1 : 0;
        }
        return (double) yes / flags.length;
    }
}
