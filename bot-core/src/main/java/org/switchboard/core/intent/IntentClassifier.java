package org.switchboard.core.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A trained intent classifier: tells which of its intents a message expresses, how sure it is, and whether the
 * message is out of scope. Made by {@link IntentClassifierTrainer}; immutable and thread-safe.
 *
 * <p>A message's features are its TF-IDF n-grams ({@link TfIdfVectorizer}) followed by its sentence embedding
 * ({@link TextEmbedder}) times the trained embedding weight, as the {@link FeatureSet} says; a
 * {@link SoftmaxRegression} turns them into a probability per intent. Cost of one {@link #classify}: one embedding
 * (a few milliseconds on a CPU core for a short message) plus a linear model of (features x intents) multiplications
 * (well under a millisecond).
 */
public final class IntentClassifier {

    /** Only this many leading characters of a message are classified; the rest is ignored. */
    public static final int MAX_TEXT_CHARS = 2000;

    private final List<String> intents;
    private final FeatureSet features;
    private final TfIdfVectorizer tfIdf;
    private final TextEmbedder embedder;
    private final float embeddingWeight;
    private final SoftmaxRegression model;
    private final double threshold;

    IntentClassifier(List<String> intents, FeatureSet features, TfIdfVectorizer tfIdf, TextEmbedder embedder,
                     double embeddingWeight, SoftmaxRegression model, double threshold) {
        this.intents = List.copyOf(intents);
        this.features = features;
        this.tfIdf = tfIdf;
        this.embedder = embedder;
        this.embeddingWeight = (float) embeddingWeight;
        this.model = model;
        this.threshold = threshold;
    }

    /**
     * Classifies one message.
     *
     * @param text the customer's message, any length (the first {@value #MAX_TEXT_CHARS} characters count); null
     *             or blank is out of scope
     * @return the prediction; {@link IntentPrediction#outOfScope()} when the confidence is below
     *         {@link #threshold()} or the text has no word
     */
    public IntentPrediction classify(String text) {
        return classifyAll(Arrays.asList(text)).get(0);
    }

    /**
     * Classifies several messages, embedding them in one batch (faster than one by one).
     *
     * @param texts the messages; null elements are treated as blank
     * @return one prediction per message, in order
     * @throws NullPointerException if texts is null
     */
    public List<IntentPrediction> classifyAll(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<String> clean = new ArrayList<>(texts.size());
        for (String text : texts) {
            clean.add(clip(text));
        }
        List<SparseVector> vectors = featurize(clean);
        List<IntentPrediction> predictions = new ArrayList<>(clean.size());
        for (int i = 0; i < clean.size(); i++) {
            double[] p = model.probabilities(vectors.get(i));
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                if (p[c] > p[best]) {
                    best = c;
                }
            }
            double confidence = Math.min(1.0, Math.max(0.0, p[best]));
            boolean noWords = TfIdfVectorizer.words(clean.get(i)).isEmpty();
            predictions.add(new IntentPrediction(intents.get(best), confidence, noWords || confidence < threshold));
        }
        return predictions;
    }

    /**
     * Probability of every intent for one message (for inspection and ranking).
     *
     * @param text the message; null is treated as blank
     * @return a new array parallel to {@link #intents()}, summing to 1
     */
    public double[] probabilities(String text) {
        return model.probabilities(featurize(List.of(clip(text))).get(0));
    }

    private static String clip(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    }

    /**
     * @param texts clipped texts
     * @return their feature vectors: TF-IDF indices first, then the embedding at offset {@code tfIdf.dimension()}
     */
    List<SparseVector> featurize(List<String> texts) {
        return featurize(texts, features, tfIdf, embedder, embeddingWeight);
    }

    static List<SparseVector> featurize(List<String> texts, FeatureSet features, TfIdfVectorizer tfIdf,
                                        TextEmbedder embedder, float embeddingWeight) {
        List<float[]> embeddings = features.usesEmbedding() ? embedder.embed(texts) : null;
        int offset = features.usesTfIdf() ? tfIdf.dimension() : 0;
        List<SparseVector> vectors = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            SparseVector sparse = features.usesTfIdf() ? tfIdf.transform(texts.get(i)) : SparseVector.empty();
            float[] dense = embeddings == null ? new float[0] : embeddings.get(i);
            int[] indices = new int[sparse.size() + dense.length];
            float[] values = new float[indices.length];
            System.arraycopy(sparse.indices(), 0, indices, 0, sparse.size());
            System.arraycopy(sparse.values(), 0, values, 0, sparse.size());
            for (int d = 0; d < dense.length; d++) {
                indices[sparse.size() + d] = offset + d;
                values[sparse.size() + d] = dense[d] * embeddingWeight;
            }
            vectors.add(SparseVector.of(indices, values));
        }
        return vectors;
    }

    /** @return the intents this classifier knows, sorted; {@link IntentPrediction#intent()} is one of them */
    public List<String> intents() {
        return intents;
    }

    /** @return the confidence below which a message is out of scope, in [0, 1] */
    public double threshold() {
        return threshold;
    }

    /** @return the features the model uses */
    public FeatureSet features() {
        return features;
    }

    /**
     * Returns the same model with another out-of-scope threshold (for measuring the trade-off; the calibrated one is
     * the one to run).
     *
     * @param newThreshold a threshold in [0, 1]
     * @return a classifier sharing this one's model
     * @throws IllegalArgumentException if the threshold is out of range
     */
    public IntentClassifier withThreshold(double newThreshold) {
        if (!(newThreshold >= 0 && newThreshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in [0, 1]: " + newThreshold);
        }
        return new IntentClassifier(intents, features, tfIdf, embedder, embeddingWeight, model, newThreshold);
    }

    /**
     * Returns the same model embedding new messages with another embedder, e.g. the plain model instead of the
     * {@link CachingTextEmbedder} used while training. The embedder must give the same vectors as the one the model
     * was trained with, or predictions are meaningless.
     *
     * @param newEmbedder the embedder, of the same {@link TextEmbedder#dimension()}
     * @return a classifier sharing this one's model and threshold
     * @throws NullPointerException     if newEmbedder is null
     * @throws IllegalArgumentException if its dimension differs from the trained one
     */
    public IntentClassifier withEmbedder(TextEmbedder newEmbedder) {
        Objects.requireNonNull(newEmbedder, "newEmbedder");
        if (features.usesEmbedding() && newEmbedder.dimension() != embedder.dimension()) {
            throw new IllegalArgumentException("embedder has " + newEmbedder.dimension() + " dimensions, the model "
                    + embedder.dimension());
        }
        return new IntentClassifier(intents, features, tfIdf, newEmbedder, embeddingWeight, model, threshold);
    }
}
