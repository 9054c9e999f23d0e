package org.switchboard.core.intent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Trains {@link IntentClassifier}s in-process from labelled examples. CDI-free; thread-safe (each call trains
 * independently).
 *
 * <p>Steps of {@link #train(List)}:
 * <ol>
 *   <li>Examples labelled {@link IntentTrainingOptions#outOfScopeLabel()} are set aside; the other labels, sorted,
 *       are the intents.</li>
 *   <li>If {@link IntentTrainingOptions#calibrationFraction()} is positive, that share of each intent's examples
 *       (chosen with the seed; none from an intent with a single example) is held out, a model is trained on the
 *       rest, and the out-of-scope threshold is calibrated on the held-out and the out-of-scope examples
 *       ({@link ThresholdCalibration#balanced} when there are out-of-scope examples, otherwise
 *       {@link ThresholdCalibration#quantile} with {@link IntentTrainingOptions#inScopeRejection()}). Otherwise the
 *       threshold is {@link IntentTrainingOptions#fixedThreshold()}.</li>
 *   <li>The returned model is trained on all in-scope examples: TF-IDF vocabulary fitted on them, then the
 *       softmax regression.</li>
 * </ol>
 * Each distinct text is embedded once per call. The same examples (in the same order) and options give the same
 * model.
 */
public final class IntentClassifierTrainer {

    private static final Logger LOG = Logs.logger(IntentClassifierTrainer.class);

    private final TextEmbedder embedder;
    private final IntentTrainingOptions options;

    /**
     * @param embedder the sentence embedder the classifier uses at run time too (ignored by
     *                 {@link FeatureSet#TFIDF}, which may pass any embedder)
     * @param options  how to train
     * @throws NullPointerException if an argument is null
     */
    public IntentClassifierTrainer(TextEmbedder embedder, IntentTrainingOptions options) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** @return the options this trainer uses */
    public IntentTrainingOptions options() {
        return options;
    }

    /**
     * Trains a classifier.
     *
     * @param examples labelled messages; at least one must carry an intent other than the out-of-scope label
     * @return the trained classifier
     * @throws NullPointerException     if examples or one of them is null
     * @throws IllegalArgumentException if there is no in-scope example
     */
    public IntentClassifier train(List<LabelledExample> examples) {
        Objects.requireNonNull(examples, "examples");
        List<LabelledExample> inScope = new ArrayList<>();
        List<String> outOfScope = new ArrayList<>();
        for (LabelledExample example : examples) {
            Objects.requireNonNull(example, "example");
            if (example.intent().equals(options.outOfScopeLabel())) {
                outOfScope.add(example.text());
            } else {
                inScope.add(example);
            }
        }
        if (inScope.isEmpty()) {
            throw new IllegalArgumentException("no in-scope training example (all " + examples.size()
                    + " are labelled " + options.outOfScopeLabel() + ")");
        }
        TextEmbedder cached = new CachingTextEmbedder(embedder);
        double threshold = options.fixedThreshold();
        if (options.calibrationFraction() > 0) {
            threshold = calibrate(inScope, outOfScope, cached);
        }
        // the returned classifier embeds new messages with the caller's embedder, not the training cache
        return fit(inScope, cached, threshold).withEmbedder(embedder);
    }

    private double calibrate(List<LabelledExample> inScope, List<String> outOfScope, TextEmbedder cached) {
        Map<String, List<LabelledExample>> byIntent = new TreeMap<>();
        for (LabelledExample example : inScope) {
            byIntent.computeIfAbsent(example.intent(), k -> new ArrayList<>()).add(example);
        }
        Random random = new Random(options.hyperparameters().seed());
        List<LabelledExample> train = new ArrayList<>();
        List<LabelledExample> heldOut = new ArrayList<>();
        for (List<LabelledExample> group : byIntent.values()) {
            List<LabelledExample> shuffled = new ArrayList<>(group);
            Collections.shuffle(shuffled, random);
            int hold = group.size() < 2 ? 0 : Math.max(1, (int) Math.round(group.size() * options.calibrationFraction()));
            heldOut.addAll(shuffled.subList(0, hold));
            train.addAll(shuffled.subList(hold, shuffled.size()));
        }
        if (heldOut.isEmpty()) {
            return options.fixedThreshold();
        }
        IntentClassifier probe = fit(train, cached, 0.0);
        List<String> texts = heldOut.stream().map(LabelledExample::text).toList();
        List<IntentPrediction> predictions = probe.classifyAll(texts);
        double[] confidences = new double[predictions.size()];
        boolean[] correct = new boolean[predictions.size()];
        for (int i = 0; i < predictions.size(); i++) {
            confidences[i] = predictions.get(i).confidence();
            correct[i] = predictions.get(i).intent().equals(heldOut.get(i).intent());
        }
        double threshold;
        if (outOfScope.isEmpty()) {
            threshold = ThresholdCalibration.quantile(confidences, correct, options.inScopeRejection());
        } else {
            double[] oos = probe.classifyAll(outOfScope).stream().mapToDouble(IntentPrediction::confidence).toArray();
            threshold = ThresholdCalibration.balanced(confidences, correct, oos);
        }
        LOG.fine(() -> "calibrated out-of-scope threshold on " + heldOut.size() + " held-out and " + outOfScope.size()
                + " out-of-scope examples");
        return threshold;
    }

    private IntentClassifier fit(List<LabelledExample> examples, TextEmbedder cached, double threshold) {
        List<String> intents = examples.stream().map(LabelledExample::intent).distinct().sorted().toList();
        Map<String, Integer> index = new TreeMap<>();
        for (int i = 0; i < intents.size(); i++) {
            index.put(intents.get(i), i);
        }
        List<String> texts = examples.stream().map(e -> clip(e.text())).toList();
        FeatureSet features = options.features();
        TfIdfVectorizer tfIdf = TfIdfVectorizer.fit(features.usesTfIdf() ? texts : List.of(),
                options.minDocumentFrequency());
        float weight = (float) options.embeddingWeight();
        List<SparseVector> vectors = IntentClassifier.featurize(texts, features, tfIdf, cached, weight);
        int[] labels = examples.stream().mapToInt(e -> index.get(e.intent())).toArray();
        int dimension = (features.usesTfIdf() ? tfIdf.dimension() : 0)
                + (features.usesEmbedding() ? cached.dimension() : 0);
        SoftmaxRegression model = SoftmaxRegression.train(vectors, labels, intents.size(), dimension,
                options.hyperparameters());
        return new IntentClassifier(intents, features, tfIdf, cached, weight, model, threshold);
    }

    private static String clip(String text) {
        return text.length() > IntentClassifier.MAX_TEXT_CHARS ? text.substring(0, IntentClassifier.MAX_TEXT_CHARS)
                : text;
    }
}
