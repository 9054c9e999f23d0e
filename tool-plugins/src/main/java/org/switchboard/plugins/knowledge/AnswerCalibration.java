package org.switchboard.plugins.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * Turns a candidate's {@link AnswerFeatures} into a calibrated probability that the article answers the customer's
 * message: logistic regression, {@code p = 1 / (1 + exp(-(bias + sum(weight_i * feature_i))))}, with coefficients
 * fitted on a labelled set of customer messages (docs/ANSWERS.md says how to refit them).
 *
 * <p>File format (Java properties, UTF-8): {@code bias}, one {@code weight.<name>} per {@link AnswerFeatures#NAMES}
 * entry (a missing weight is an error), and free-text {@code fitted} describing the fit. Immutable and thread-safe.
 */
public final class AnswerCalibration {

    /** The bundled coefficients for retrieval with embeddings and BM25. */
    public static final String HYBRID_RESOURCE = "kb/answer-calibration-hybrid.properties";
    /** The bundled coefficients for BM25 alone (no embedding model on the classpath). */
    public static final String LEXICAL_RESOURCE = "kb/answer-calibration-lexical.properties";

    private final double bias;
    private final double[] weights;
    private final String fitted;

    /**
     * @param bias    the intercept
     * @param weights one weight per {@link AnswerFeatures#NAMES} entry, in that order
     * @param fitted  what the coefficients were fitted on (for the logs and the written file); may be empty
     * @throws IllegalArgumentException if the number of weights is wrong or a number is not finite
     */
    public AnswerCalibration(double bias, double[] weights, String fitted) {
        if (weights.length != AnswerFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + AnswerFeatures.NAMES.size() + " weights: " + weights.length);
        }
        if (!Double.isFinite(bias) || Arrays.stream(weights).anyMatch(w -> !Double.isFinite(w))) {
            throw new IllegalArgumentException("calibration coefficients must be finite");
        }
        this.bias = bias;
        this.weights = weights.clone();
        this.fitted = Objects.requireNonNull(fitted, "fitted");
    }

    /**
     * @param features a candidate's features
     * @return the probability in [0, 1] that the candidate answers the message
     */
    public double probability(AnswerFeatures features) {
        double[] x = features.values();
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** @return the intercept */
    public double bias() {
        return bias;
    }

    /** @return a copy of the weights, in the order of {@link AnswerFeatures#NAMES} */
    public double[] weights() {
        return weights.clone();
    }

    /** @return the coefficients as the properties file text that {@link #read} reads */
    public String toPropertiesText() {
        StringBuilder text = new StringBuilder("# Answer-confidence calibration (logistic regression); see docs/ANSWERS.md\n")
                .append("fitted=").append(fitted.replace('\n', ' ')).append('\n')
                .append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            text.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", AnswerFeatures.NAMES.get(i), weights[i]));
        }
        return text.toString();
    }

    /**
     * @param resource a classpath resource in the format above
     * @return the calibration it holds
     * @throws IOException if it is missing or malformed
     */
    public static AnswerCalibration bundled(String resource) throws IOException {
        InputStream in = AnswerCalibration.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("classpath resource " + resource + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, resource);
        }
    }

    /**
     * @param reader the properties text
     * @param source its name for error messages
     * @return the calibration
     * @throws IOException if it cannot be read, a key is missing or a number is malformed
     */
    public static AnswerCalibration read(Reader reader, String source) throws IOException {
        Properties properties = new Properties();
        properties.load(reader);
        double bias = number(properties, "bias", source);
        double[] weights = new double[AnswerFeatures.NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = number(properties, "weight." + AnswerFeatures.NAMES.get(i), source);
        }
        try {
            return new AnswerCalibration(bias, weights, properties.getProperty("fitted", ""));
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param properties a calibration file's properties
     * @param key        the property
     * @param source     names the file in the error
     * @return the property's number
     * @throws IOException if the property is missing or not a number
     */
    static double number(Properties properties, String key, String source) throws IOException {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IOException(source + ": no '" + key + "'");
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IOException(source + ": '" + key + "' is not a number: " + value, e);
        }
    }
}
