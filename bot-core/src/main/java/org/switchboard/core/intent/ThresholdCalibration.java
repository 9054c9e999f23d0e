package org.switchboard.core.intent;

import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Chooses the confidence below which a message counts as out of scope, from predictions on held-out data.
 * A message is accepted when its confidence is at least the threshold.
 */
public final class ThresholdCalibration {

    private ThresholdCalibration() {
    }

    /**
     * With out-of-scope examples: the threshold maximising {@code accepted-and-correct in-scope share + rejected
     * out-of-scope share} (balanced between serving customers and not guessing), the smallest such threshold on
     * ties. Candidates are 0 and every observed confidence.
     *
     * @param inScopeConfidences  confidences of the held-out in-scope messages
     * @param inScopeCorrect      whether each held-out in-scope message got its true intent, parallel
     * @param outOfScopeConfidences confidences of out-of-scope messages, at least one
     * @return the threshold, in [0, 1]
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if there is no in-scope or no out-of-scope confidence, or the in-scope arrays
     *                                  differ in length
     */
    public static double balanced(double[] inScopeConfidences, boolean[] inScopeCorrect,
                                  double[] outOfScopeConfidences) {
        Objects.requireNonNull(inScopeConfidences, "inScopeConfidences");
        Objects.requireNonNull(inScopeCorrect, "inScopeCorrect");
        Objects.requireNonNull(outOfScopeConfidences, "outOfScopeConfidences");
        if (inScopeConfidences.length == 0 || outOfScopeConfidences.length == 0
                || inScopeConfidences.length != inScopeCorrect.length) {
            throw new IllegalArgumentException("need in-scope and out-of-scope confidences of matching lengths");
        }
        TreeSet<Double> candidates = new TreeSet<>();
        candidates.add(0.0);
        for (double c : inScopeConfidences) {
            candidates.add(c);
        }
        for (double c : outOfScopeConfidences) {
            candidates.add(c);
        }
        double best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (double t : candidates) {
            int served = 0;
            for (int i = 0; i < inScopeConfidences.length; i++) {
                if (inScopeCorrect[i] && inScopeConfidences[i] >= t) {
                    served++;
                }
            }
            int rejected = 0;
            for (double c : outOfScopeConfidences) {
                if (c < t) {
                    rejected++;
                }
            }
            double score = (double) served / inScopeConfidences.length + (double) rejected / outOfScopeConfidences.length;
            if (score > bestScore) {
                bestScore = score;
                best = t;
            }
        }
        return best;
    }

    /**
     * Without out-of-scope examples: the largest threshold that rejects at most {@code rejection} of the correctly
     * classified held-out messages (the {@code rejection} quantile of their confidences).
     *
     * @param inScopeConfidences confidences of held-out in-scope messages
     * @param inScopeCorrect     whether each got its true intent, parallel
     * @param rejection          the share of correct messages that may be rejected, in [0, 1)
     * @return the threshold, in [0, 1]; 0 when no held-out message was classified correctly
     * @throws NullPointerException     if an array is null
     * @throws IllegalArgumentException if the arrays differ in length or rejection is out of range
     */
    public static double quantile(double[] inScopeConfidences, boolean[] inScopeCorrect, double rejection) {
        Objects.requireNonNull(inScopeConfidences, "inScopeConfidences");
        Objects.requireNonNull(inScopeCorrect, "inScopeCorrect");
        if (inScopeConfidences.length != inScopeCorrect.length) {
            throw new IllegalArgumentException("confidences and correctness differ in length");
        }
        if (!(rejection >= 0 && rejection < 1)) {
            throw new IllegalArgumentException("rejection must be in [0, 1): " + rejection);
        }
        double[] correct = new double[inScopeConfidences.length];
        int n = 0;
        for (int i = 0; i < inScopeConfidences.length; i++) {
            if (inScopeCorrect[i]) {
                correct[n++] = inScopeConfidences[i];
            }
        }
        if (n == 0) {
            return 0;
        }
        double[] sorted = Arrays.copyOf(correct, n);
        Arrays.sort(sorted);
        int rejected = (int) Math.floor(rejection * n);
        return sorted[rejected];
    }
}
