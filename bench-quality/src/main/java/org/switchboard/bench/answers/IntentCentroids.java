package org.switchboard.bench.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.TextEmbedder;

/**
 * A nearest-centroid intent classifier over sentence embeddings: each intent is the normalised mean of its training
 * messages' unit vectors, and {@code p(intent | message) = softmax(temperature * cosine)}. It needs only the
 * message's embedding (the one the knowledge search computes anyway), so it costs 77 dot products at run time. The
 * temperature is the one of a fixed grid that maximises the mean log-likelihood of the training intents.
 */
final class IntentCentroids {

    private static final double[] TEMPERATURES = {5, 10, 15, 20, 30, 40, 60};

    private final List<String> intents;
    private final List<float[]> centroids;
    private final double temperature;

    private IntentCentroids(List<String> intents, List<float[]> centroids, double temperature) {
        this.intents = List.copyOf(intents);
        this.centroids = List.copyOf(centroids);
        this.temperature = temperature;
    }

    /**
     * @param training labelled messages
     * @param embedder the embedder (unit vectors)
     * @return the centroids and the fitted temperature
     */
    static IntentCentroids fit(List<LabelledExample> training, TextEmbedder embedder) {
        List<float[]> vectors = embedder.embed(training.stream().map(LabelledExample::text).toList());
        Map<String, float[]> sums = new TreeMap<>();
        for (int i = 0; i < training.size(); i++) {
            float[] sum = sums.computeIfAbsent(training.get(i).intent(), k -> new float[embedder.dimension()]);
            float[] v = vectors.get(i);
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d];
            }
        }
        List<String> intents = new ArrayList<>(sums.keySet());
        List<float[]> centroids = new ArrayList<>();
        for (float[] sum : sums.values()) {
            double norm = 0;
            for (float f : sum) {
                norm += f * f;
            }
            float scale = (float) (1 / Math.sqrt(norm));
            float[] unit = new float[sum.length];
            for (int d = 0; d < sum.length; d++) {
                unit[d] = sum[d] * scale;
            }
            centroids.add(unit);
        }
        double best = TEMPERATURES[0];
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double t : TEMPERATURES) {
            IntentCentroids probe = new IntentCentroids(intents, centroids, t);
            double likelihood = 0;
            for (int i = 0; i < training.size(); i++) {
                likelihood += Math.log(probe.probabilities(vectors.get(i))[intents.indexOf(training.get(i).intent())]);
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = t;
            }
        }
        return new IntentCentroids(intents, centroids, best);
    }

    /** @return the intents, sorted, parallel to {@link #probabilities} */
    List<String> intents() {
        return intents;
    }

    /** @return the softmax temperature */
    double temperature() {
        return temperature;
    }

    /**
     * @param vector a message's unit embedding
     * @return p(intent | message) per intent, summing to 1
     */
    double[] probabilities(float[] vector) {
        double[] p = new double[centroids.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            double dot = 0;
            float[] c = centroids.get(i);
            for (int d = 0; d < c.length; d++) {
                dot += c[d] * vector[d];
            }
            p[i] = temperature * dot;
            max = Math.max(max, p[i]);
        }
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp(p[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < p.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
