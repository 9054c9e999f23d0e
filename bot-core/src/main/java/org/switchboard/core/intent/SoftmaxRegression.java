package org.switchboard.core.intent;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * Multinomial logistic regression (a linear softmax classifier) over sparse feature vectors.
 *
 * <p>Model: {@code P(c | x) = exp(w_c . x + b_c) / sum_k exp(w_k . x + b_k)}. Training minimises the cross-entropy
 * of the training labels plus {@code l2 / 2 * |w|^2} by stochastic gradient descent, one example at a time, with
 * per-weight AdaGrad step sizes ({@code learningRate / sqrt(sum of squared gradients)}, Duchi, Hazan and Singer
 * 2011). Only the weights of the features an example has are updated (the L2 term is applied to those too, the
 * usual "lazy" regularisation of sparse SGD). Examples are visited in an order shuffled each epoch by a
 * {@link Random} seeded with {@code seed}, and all arithmetic is sequential, so training is deterministic.
 *
 * <p>Weights are stored feature-major ({@code weights[feature * classes + class]}), so scoring an example reads
 * one contiguous run of {@code classes} floats per non-zero feature. Instances are immutable after training and
 * thread-safe.
 */
public final class SoftmaxRegression {

    private static final float ADAGRAD_EPSILON = 1e-8f;

    private final int classes;
    private final int dimension;
    private final float[] weights;
    private final float[] bias;

    private SoftmaxRegression(int classes, int dimension, float[] weights, float[] bias) {
        this.classes = classes;
        this.dimension = dimension;
        this.weights = weights;
        this.bias = bias;
    }

    /**
     * Hyper-parameters of {@link #train}.
     *
     * @param epochs       passes over the training data, at least 1
     * @param learningRate AdaGrad base step size, positive (0.1 to 1 suits L2-normalised features)
     * @param l2           L2 regularisation strength, at least 0
     * @param seed         seed of the example order
     */
    public record Hyperparameters(int epochs, double learningRate, double l2, long seed) {
        /**
         * Checks the components.
         *
         * @param epochs see the record description
         * @param learningRate see the record description
         * @param l2 see the record description
         * @param seed see the record description
         * @throws IllegalArgumentException if a value is out of its range
         */
        public Hyperparameters {
            if (epochs < 1) {
                throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
            }
            if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
                throw new IllegalArgumentException("learningRate must be positive and finite: " + learningRate);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("l2 must be at least 0 and finite: " + l2);
            }
        }
    }

    /**
     * Trains a model.
     *
     * @param examples  feature vectors, indices below {@code dimension}
     * @param labels    the class of each example, in 0..classes-1, parallel to examples
     * @param classes   number of classes, at least 1
     * @param dimension number of features, at least 0
     * @param hyper     hyper-parameters
     * @return the trained model
     * @throws NullPointerException     if an argument or example is null
     * @throws IllegalArgumentException if the sizes do not match, there are no examples, or a label or feature index
     *                                  is out of range
     */
    public static SoftmaxRegression train(List<SparseVector> examples, int[] labels, int classes, int dimension,
                                          Hyperparameters hyper) {
        Objects.requireNonNull(examples, "examples");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(hyper, "hyper");
        validate(examples, labels, classes, dimension);
        float[] weights = new float[Math.multiplyExact(dimension, classes)];
        float[] weightSquares = new float[weights.length];
        float[] bias = new float[classes];
        float[] biasSquares = new float[classes];
        float rate = (float) hyper.learningRate();
        float l2 = (float) hyper.l2();
        double[] gradient = new double[classes];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(hyper.seed());
        for (int epoch = 0; epoch < hyper.epochs(); epoch++) {
            shuffle(order, random);
            for (int position : order) {
                SparseVector x = examples.get(position);
                scores(x, weights, bias, classes, gradient);
                softmaxInPlace(gradient);
                gradient[labels[position]] -= 1.0;
                for (int c = 0; c < classes; c++) {
                    float g = (float) gradient[c];
                    biasSquares[c] += g * g;
                    bias[c] -= rate * g / ((float) Math.sqrt(biasSquares[c]) + ADAGRAD_EPSILON);
                }
                int[] indices = x.indices();
                float[] values = x.values();
                for (int k = 0; k < indices.length; k++) {
                    int base = indices[k] * classes;
                    float v = values[k];
                    for (int c = 0; c < classes; c++) {
                        int w = base + c;
                        float g = (float) gradient[c] * v + l2 * weights[w];
                        weightSquares[w] += g * g;
                        weights[w] -= rate * g / ((float) Math.sqrt(weightSquares[w]) + ADAGRAD_EPSILON);
                    }
                }
            }
        }
        return new SoftmaxRegression(classes, dimension, weights, bias);
    }

    private static void validate(List<SparseVector> examples, int[] labels, int classes, int dimension) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        if (labels.length != examples.size()) {
            throw new IllegalArgumentException("labels and examples differ in number: " + labels.length + " vs "
                    + examples.size());
        }
        if (classes < 1 || dimension < 0) {
            throw new IllegalArgumentException("need at least one class and a non-negative dimension");
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException("label out of range at " + i + ": " + labels[i]);
            }
            SparseVector x = Objects.requireNonNull(examples.get(i), "example");
            if (x.size() > 0 && x.indexAt(x.size() - 1) >= dimension) {
                throw new IllegalArgumentException("feature index out of range in example " + i);
            }
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static void scores(SparseVector x, float[] weights, float[] bias, int classes, double[] out) {
        for (int c = 0; c < classes; c++) {
            out[c] = bias[c];
        }
        int[] indices = x.indices();
        float[] values = x.values();
        for (int k = 0; k < indices.length; k++) {
            int base = indices[k] * classes;
            double v = values[k];
            for (int c = 0; c < classes; c++) {
                out[c] += v * weights[base + c];
            }
        }
    }

    private static void softmaxInPlace(double[] scores) {
        double max = Double.NEGATIVE_INFINITY;
        for (double s : scores) {
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < scores.length; c++) {
            scores[c] = Math.exp(scores[c] - max);
            sum += scores[c];
        }
        for (int c = 0; c < scores.length; c++) {
            scores[c] /= sum;
        }
    }

    /**
     * Class probabilities of one example.
     *
     * @param x a feature vector; features at or beyond {@link #dimension()} are ignored
     * @return a new array of {@link #classes()} probabilities summing to 1
     * @throws NullPointerException if x is null
     */
    public double[] probabilities(SparseVector x) {
        Objects.requireNonNull(x, "x");
        double[] out = new double[classes];
        int size = x.size();
        while (size > 0 && x.indexAt(size - 1) >= dimension) {
            size--;
        }
        SparseVector known = size == x.size() ? x
                : SparseVector.of(java.util.Arrays.copyOf(x.indices(), size), java.util.Arrays.copyOf(x.values(), size));
        scores(known, weights, bias, classes, out);
        softmaxInPlace(out);
        return out;
    }

    /** @return the number of classes */
    public int classes() {
        return classes;
    }

    /** @return the number of features */
    public int dimension() {
        return dimension;
    }
}
