package org.switchboard.core.intent;

import java.util.Objects;

/**
 * How {@link IntentClassifierTrainer} trains. {@link #defaults()} gives the values the benchmarks in
 * {@code bench/} measured (docs/BENCHMARKS.md); change them only with a new measurement.
 *
 * @param features             which features the model sees
 * @param embeddingWeight      scale of the (unit-norm) sentence embedding relative to the two unit-norm TF-IDF
 *                             parts, positive; only used by {@link FeatureSet#HYBRID} and {@link FeatureSet#EMBEDDING}
 * @param minDocumentFrequency TF-IDF vocabulary cut-off: a feature must occur in at least this many training texts
 * @param hyperparameters      the softmax regression's epochs, learning rate, L2 strength and seed
 * @param outOfScopeLabel      the label that marks out-of-scope training examples (used only to calibrate the
 *                             threshold, never learnt as an intent), not blank
 * @param calibrationFraction  share of each intent's examples held out to calibrate the out-of-scope threshold, in
 *                             [0, 0.5); 0 skips calibration and uses {@code fixedThreshold} (training is then about
 *                             twice as fast)
 * @param inScopeRejection     when no out-of-scope examples are given: the share of correctly classified held-out
 *                             messages the calibrated threshold may reject, in [0, 1)
 * @param fixedThreshold       the out-of-scope threshold when {@code calibrationFraction} is 0, in [0, 1]
 */
public record IntentTrainingOptions(FeatureSet features, double embeddingWeight, int minDocumentFrequency,
                                    SoftmaxRegression.Hyperparameters hyperparameters, String outOfScopeLabel,
                                    double calibrationFraction, double inScopeRejection, double fixedThreshold) {

    /** The label CLINC150 uses for out-of-scope messages, the default {@link #outOfScopeLabel()}. */
    public static final String DEFAULT_OUT_OF_SCOPE_LABEL = "oos";

    /**
     * Checks the components.
     *
     * @param features see the record description
     * @param embeddingWeight see the record description
     * @param minDocumentFrequency see the record description
     * @param hyperparameters see the record description
     * @param outOfScopeLabel see the record description
     * @param calibrationFraction see the record description
     * @param inScopeRejection see the record description
     * @param fixedThreshold see the record description
     * @throws NullPointerException     if an object component is null
     * @throws IllegalArgumentException if a number is out of its range or the label is blank
     */
    public IntentTrainingOptions {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(hyperparameters, "hyperparameters");
        Objects.requireNonNull(outOfScopeLabel, "outOfScopeLabel");
        if (!(embeddingWeight > 0) || Double.isInfinite(embeddingWeight)) {
            throw new IllegalArgumentException("embeddingWeight must be positive: " + embeddingWeight);
        }
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minDocumentFrequency must be at least 1: " + minDocumentFrequency);
        }
        if (outOfScopeLabel.isBlank()) {
            throw new IllegalArgumentException("outOfScopeLabel must not be blank");
        }
        if (!(calibrationFraction >= 0 && calibrationFraction < 0.5)) {
            throw new IllegalArgumentException("calibrationFraction must be in [0, 0.5): " + calibrationFraction);
        }
        if (!(inScopeRejection >= 0 && inScopeRejection < 1)) {
            throw new IllegalArgumentException("inScopeRejection must be in [0, 1): " + inScopeRejection);
        }
        if (!(fixedThreshold >= 0 && fixedThreshold <= 1)) {
            throw new IllegalArgumentException("fixedThreshold must be in [0, 1]: " + fixedThreshold);
        }
    }

    /**
     * The measured production settings: hybrid features, embedding weight 4, every n-gram kept, 12 epochs of
     * AdaGrad at rate 0.03 with L2 1e-5, seed 42, {@code oos} label, 20 % held out for calibration, 5 % in-scope
     * rejection when there are no out-of-scope examples, fixed threshold 0.3 when calibration is off.
     *
     * <p>Chosen on the first of the five BANKING77 cross-validation folds (seed 42): rate 0.3 / 0.1 / 0.05 / 0.03
     * gave 91.4 / 92.5 / 92.9 / 93.1 % with embedding weight 2 to 4; weight 1 / 2 / 3 / 5 at rate 0.3 gave
     * 91.1 / 91.4 / 91.9 / 92.2 %.
     *
     * @return the defaults
     */
    public static IntentTrainingOptions defaults() {
        return new IntentTrainingOptions(FeatureSet.HYBRID, 4.0, 1,
                new SoftmaxRegression.Hyperparameters(12, 0.03, 1e-5, 42L), DEFAULT_OUT_OF_SCOPE_LABEL, 0.2, 0.05, 0.3);
    }

    /**
     * @param set the feature set
     * @return a copy with another feature set
     */
    public IntentTrainingOptions withFeatures(FeatureSet set) {
        return new IntentTrainingOptions(set, embeddingWeight, minDocumentFrequency, hyperparameters, outOfScopeLabel,
                calibrationFraction, inScopeRejection, fixedThreshold);
    }

    /**
     * @param weight the embedding weight
     * @return a copy with another embedding weight
     */
    public IntentTrainingOptions withEmbeddingWeight(double weight) {
        return new IntentTrainingOptions(features, weight, minDocumentFrequency, hyperparameters, outOfScopeLabel,
                calibrationFraction, inScopeRejection, fixedThreshold);
    }

    /**
     * @param hyper the hyper-parameters
     * @return a copy with other hyper-parameters
     */
    public IntentTrainingOptions withHyperparameters(SoftmaxRegression.Hyperparameters hyper) {
        return new IntentTrainingOptions(features, embeddingWeight, minDocumentFrequency, hyper, outOfScopeLabel,
                calibrationFraction, inScopeRejection, fixedThreshold);
    }

    /**
     * @param fraction the calibration fraction; 0 turns calibration off
     * @return a copy with another calibration fraction
     */
    public IntentTrainingOptions withCalibrationFraction(double fraction) {
        return new IntentTrainingOptions(features, embeddingWeight, minDocumentFrequency, hyperparameters,
                outOfScopeLabel, fraction, inScopeRejection, fixedThreshold);
    }

    /**
     * @param threshold the threshold used when calibration is off
     * @return a copy with another fixed threshold
     */
    public IntentTrainingOptions withFixedThreshold(double threshold) {
        return new IntentTrainingOptions(features, embeddingWeight, minDocumentFrequency, hyperparameters,
                outOfScopeLabel, calibrationFraction, inScopeRejection, threshold);
    }
}
