package org.switchboard.core.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.core.intent.FeatureSet;
import org.switchboard.core.intent.IntentClassifier;
import org.switchboard.core.intent.IntentClassifierTrainer;
import org.switchboard.core.intent.IntentPrediction;
import org.switchboard.core.intent.IntentTrainingOptions;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.TextEmbedder;

/**
 * A trained router: an {@link IntentClassifier} over TF-IDF word and character n-grams whose intents are agent
 * names and {@link Route#OFF_TOPIC}. Immutable and thread-safe; {@link #route} takes well under a millisecond.
 *
 * <p>TF-IDF only (no sentence embedding) so that training at start-up takes seconds on one core and the WAR needs
 * no embedding model; bench-quality's {@code RoutingBenchmark} measures exactly this model ({@link #options}).
 */
public final class RoutingModel {

    /** Labels with fewer examples are repeated up to about this many (see {@link #balanced}). */
    static final int MIN_PER_LABEL = 300;

    private final IntentClassifier classifier;

    private RoutingModel(IntentClassifier classifier) {
        this.classifier = classifier;
    }

    /**
     * The training options of every routing model: {@link IntentTrainingOptions#defaults()} with
     * {@link FeatureSet#TFIDF} and no calibration split; {@code minConfidence} is the classifier's threshold.
     *
     * @param minConfidence the lowest probability acted upon, in [0, 1]
     * @return the options
     */
    public static IntentTrainingOptions options(double minConfidence) {
        return IntentTrainingOptions.defaults().withFeatures(FeatureSet.TFIDF).withCalibrationFraction(0)
                .withFixedThreshold(minConfidence);
    }

    /**
     * Trains a router.
     *
     * @param examples      labelled messages (labels: agent names or {@link Route#OFF_TOPIC}); at least one
     * @param minConfidence the lowest probability acted upon, in [0, 1]
     * @return the trained router
     * @throws IllegalArgumentException if there is no example or minConfidence is outside [0, 1]
     * @throws NullPointerException     if examples is null
     */
    public static RoutingModel train(List<LabelledExample> examples, double minConfidence) {
        Objects.requireNonNull(examples, "examples");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no routing examples");
        }
        return new RoutingModel(new IntentClassifierTrainer(NO_EMBEDDING, options(minConfidence)).train(balanced(examples)));
    }

    /**
     * Repeats the examples of rare labels (a few dozen hand-written "talk to a person" lines next to thousands of
     * banking questions) until each label has about {@value #MIN_PER_LABEL} examples, so that the model does not
     * learn to ignore them; labels that have more are left as they are.
     */
    static List<LabelledExample> balanced(List<LabelledExample> examples) {
        Map<String, List<LabelledExample>> byLabel = new LinkedHashMap<>();
        for (LabelledExample example : examples) {
            byLabel.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
        }
        List<LabelledExample> out = new ArrayList<>(examples);
        for (List<LabelledExample> label : byLabel.values()) {
            int copies = (MIN_PER_LABEL + label.size() - 1) / label.size() - 1;
            for (int i = 0; i < copies; i++) {
                out.addAll(label);
            }
        }
        return out;
    }

    /**
     * @param text the customer's cleaned message; null or blank gives an unconfident route
     * @return where it should go
     */
    public Route route(String text) {
        IntentPrediction prediction = classifier.classify(text);
        return new Route(prediction.intent(), prediction.confidence(), !prediction.outOfScope());
    }

    /** @return the labels this router knows, sorted */
    public List<String> labels() {
        return classifier.intents();
    }

    /** @return the underlying classifier (for benchmarks) */
    public IntentClassifier classifier() {
        return classifier;
    }

    /** TF-IDF models never embed; the trainer still wants an embedder. */
    private static final TextEmbedder NO_EMBEDDING = new TextEmbedder() {
        @Override
        public int dimension() {
            return 1;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            throw new UnsupportedOperationException("the routing model uses TF-IDF features only");
        }
    };
}
