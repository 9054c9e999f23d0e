package org.switchboard.plugins.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.switchboard.core.intent.TextEmbedder;

/**
 * Re-scores the knowledge search's fused candidates with customer-language priors ({@link IntentPrior}): each
 * candidate's six {@link AnswerFeatures} plus four prior features ({@link #PRIOR_NAMES}) and three from hand-labelled
 * messages ({@link #LABEL_NAMES}, {@link AnswerLabelPrior}) go through a logistic
 * regression, {@code p = 1 / (1 + exp(-(bias + sum(weight_i * feature_i))))}, whose coefficients were fitted on the
 * labelled customer messages (docs/ANSWERS.md). The prior features of a candidate article {@code a} for a message:
 * <ul>
 *   <li>{@code prior}: the message's prior of {@code a}, {@code sum_i p(i | msg) P(a | i)}, in [0, 1];</li>
 *   <li>{@code priorRelative}: that prior / the largest prior among the candidates (0 when all are 0);</li>
 *   <li>{@code priorReciprocal}: 1 / the rank of {@code a} among the candidates by prior (0 when its prior is 0);</li>
 *   <li>{@code intentConfidence}: the largest {@code p(i | msg)}, in [0, 1].</li>
 * </ul>
 * Costs one extra embedding of the message (the intent distribution) and 77 dot products. Immutable and
 * thread-safe when the embedder is.
 */
public final class IntentPriorRanking {

    /** The bundled coefficients. */
    public static final String CALIBRATION_RESOURCE = "kb/answer-calibration-intent-prior.properties";
    /** The prior features, after {@link AnswerFeatures#NAMES}. */
    public static final List<String> PRIOR_NAMES = List.of("prior", "priorRelative", "priorReciprocal",
            "intentConfidence");
    /**
     * The features from hand-labelled messages ({@link AnswerLabelPrior}), after {@link #PRIOR_NAMES}: {@code labelled}
     * (the article's labelled mass for the message), {@code labelledRelative} (that / the largest among the
     * candidates, 0 when all are 0) and {@code labelledNone} (how often messages like it had no answer). Their weights
     * may be absent from a coefficients file (then 0: a ranking without labelled messages).
     */
    public static final List<String> LABEL_NAMES = List.of("labelled", "labelledRelative", "labelledNone");
    /** Every feature name, in weight order: {@link AnswerFeatures#NAMES}, {@link #PRIOR_NAMES}, {@link #LABEL_NAMES}. */
    public static final List<String> NAMES = Stream.of(AnswerFeatures.NAMES, PRIOR_NAMES, LABEL_NAMES)
            .flatMap(List::stream).toList();
    /** How many fused candidates are re-scored (more than the plain search's pool: the prior may lift a lower one). */
    public static final int CANDIDATES = 20;

    private final IntentPrior prior;
    private final TextEmbedder embedder;
    private final double bias;
    private final double[] weights;
    private final AnswerLabelPrior labels;

    /**
     * @param prior    the priors
     * @param embedder the embedding model the prior's centroids were made with
     * @param bias     the intercept
     * @param weights  one weight per {@link #NAMES} entry
     * @throws IllegalArgumentException if the number of weights is wrong or a number is not finite
     */
    public IntentPriorRanking(IntentPrior prior, TextEmbedder embedder, double bias, double[] weights) {
        this(prior, embedder, bias, weights, AnswerLabelPrior.EMPTY);
    }

    /**
     * @param prior    the priors
     * @param embedder the embedding model the prior's centroids were made with
     * @param bias     the intercept
     * @param weights  one weight per {@link #NAMES} entry
     * @param labels   what labelled messages say per intent ({@link AnswerLabelPrior#EMPTY} for nothing)
     * @throws IllegalArgumentException if the number of weights is wrong or a number is not finite
     */
    public IntentPriorRanking(IntentPrior prior, TextEmbedder embedder, double bias, double[] weights,
                              AnswerLabelPrior labels) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.prior = Objects.requireNonNull(prior, "prior");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        if (weights.length != NAMES.size()) {
            throw new IllegalArgumentException("expected " + NAMES.size() + " weights: " + weights.length);
        }
        if (!Double.isFinite(bias) || Arrays.stream(weights).anyMatch(w -> !Double.isFinite(w))) {
            throw new IllegalArgumentException("calibration coefficients must be finite");
        }
        this.bias = bias;
        this.weights = weights.clone();
    }

    /**
     * @param coefficients a classpath resource or stream in the {@link AnswerCalibration} format with the
     *                     {@link #NAMES} weights
     * @param source       its name for error messages
     * @param prior        the priors
     * @param embedder     the embedding model
     * @return the ranking
     * @throws IOException if the coefficients cannot be read or a key is missing
     */
    public static IntentPriorRanking read(InputStream coefficients, String source, IntentPrior prior,
                                          TextEmbedder embedder) throws IOException {
        if (coefficients == null) {
            throw new IOException(source + " is missing");
        }
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(coefficients, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        double bias = AnswerCalibration.number(properties, "bias", source);
        double[] weights = new double[NAMES.size()];
        for (int i = 0; i < weights.length; i++) {
            boolean optional = LABEL_NAMES.contains(NAMES.get(i)) && !properties.containsKey("weight." + NAMES.get(i));
            weights[i] = optional ? 0 : AnswerCalibration.number(properties, "weight." + NAMES.get(i), source);
        }
        try {
            return new IntentPriorRanking(prior, embedder, bias, weights);
        } catch (IllegalArgumentException e) {
            throw new IOException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param bias    the intercept
     * @param weights one per {@link #NAMES} entry
     * @param fitted  what they were fitted on
     * @return the coefficients as properties text ({@link #read} reads it)
     */
    public static String propertiesText(double bias, double[] weights, String fitted) {
        StringBuilder text = new StringBuilder("# Answer-confidence calibration with intent priors (logistic regression); "
                + "see docs/ANSWERS.md\nfitted=").append(fitted.replace('\n', ' ')).append('\n')
                .append(String.format(Locale.ROOT, "bias=%.6f%n", bias));
        for (int i = 0; i < weights.length; i++) {
            text.append(String.format(Locale.ROOT, "weight.%s=%.6f%n", NAMES.get(i), weights[i]));
        }
        return text.toString();
    }

    /**
     * The features of each candidate (the labelled ones 0), in {@link #NAMES} order.
     *
     * @param query      the customer's message
     * @param candidates the fused candidates with their {@link AnswerFeatures}
     * @param prior      the priors
     * @param embedder   the embedding model
     * @return one feature array per candidate, in the candidates' order
     */
    public static List<double[]> features(String query, List<AnswerRetrieval.Scored> candidates, IntentPrior prior,
                                          TextEmbedder embedder) {
        return features(embedder.embed(List.of(query)).get(0), candidates, prior);
    }

    /**
     * The features of each candidate (the labelled ones 0), in {@link #NAMES} order, from the message's embedding.
     *
     * @param message    the customer's message embedded by the priors' model (unit vector)
     * @param candidates the fused candidates with their {@link AnswerFeatures}
     * @param prior      the priors
     * @return one feature array per candidate, in the candidates' order
     * @throws IllegalArgumentException if the vector's dimension is not the centroids'
     */
    public static List<double[]> features(float[] message, List<AnswerRetrieval.Scored> candidates, IntentPrior prior) {
        return features(message, candidates, prior, AnswerLabelPrior.EMPTY);
    }

    /**
     * Every feature of each candidate, in {@link #NAMES} order, from the message's embedding.
     *
     * @param message    the customer's message embedded by the priors' model (unit vector)
     * @param candidates the fused candidates with their {@link AnswerFeatures}
     * @param prior      the priors
     * @param labels     what labelled messages say per intent
     * @return one feature array per candidate, in the candidates' order
     * @throws IllegalArgumentException if the vector's dimension is not the centroids'
     */
    public static List<double[]> features(float[] message, List<AnswerRetrieval.Scored> candidates, IntentPrior prior,
                                          AnswerLabelPrior labels) {
        double[] p = prior.intentProbabilities(message);
        Map<String, Double> labelled = labels.articles(prior, p);
        double[] labelMass = candidates.stream().mapToDouble(c -> labelled.getOrDefault(c.documentId(), 0.0)).toArray();
        double labelTop = Arrays.stream(labelMass).max().orElse(0);
        double none = labels.none(prior, p);
        double confidence = Arrays.stream(p).max().orElse(0);
        Map<String, Double> articlePrior = prior.articlePrior(p);
        double[] mass = candidates.stream().mapToDouble(c -> articlePrior.getOrDefault(c.documentId(), 0.0)).toArray();
        double top = Arrays.stream(mass).max().orElse(0);
        List<double[]> features = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            double[] base = candidates.get(i).features().values();
            double[] all = Arrays.copyOf(base, NAMES.size());
            int rank = 1;
            for (int j = 0; j < mass.length; j++) {
                if (mass[j] > mass[i] || (mass[j] == mass[i]
                        && candidates.get(j).documentId().compareTo(candidates.get(i).documentId()) < 0)) {
                    rank++;
                }
            }
            all[base.length] = mass[i];
            all[base.length + 1] = top <= 0 ? 0 : mass[i] / top;
            all[base.length + 2] = mass[i] <= 0 ? 0 : 1.0 / rank;
            all[base.length + 3] = confidence;
            all[base.length + 4] = labelMass[i];
            all[base.length + 5] = labelTop <= 0 ? 0 : labelMass[i] / labelTop;
            all[base.length + 6] = none;
            features.add(all);
        }
        return features;
    }

    /**
     * Re-scores candidates.
     *
     * @param query      the customer's message, not blank
     * @param candidates the fused candidates ({@link AnswerRetrieval} with {@link #CANDIDATES} or more)
     * @param limit      the most to return
     * @return the candidates with the new confidence, most confident first (ties by id), at most {@code limit}
     */
    public List<AnswerRetrieval.Scored> rescore(String query, List<AnswerRetrieval.Scored> candidates, int limit) {
        return rescore(embedder.embed(List.of(query)).get(0), candidates, limit);
    }

    /**
     * Re-scores candidates for a message already embedded (the search's own vector: the message is embedded once).
     *
     * @param message    the message's unit vector from the priors' model
     * @param candidates the fused candidates ({@link AnswerRetrieval} with {@link #CANDIDATES} or more)
     * @param limit      the most to return
     * @return the candidates with the new confidence, most confident first (ties by id), at most {@code limit}
     * @throws IllegalArgumentException if the vector's dimension is not the centroids'
     */
    public List<AnswerRetrieval.Scored> rescore(float[] message, List<AnswerRetrieval.Scored> candidates, int limit) {
        List<double[]> features = features(message, candidates, prior, labels);
        List<AnswerRetrieval.Scored> rescored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            AnswerRetrieval.Scored c = candidates.get(i);
            rescored.add(new AnswerRetrieval.Scored(c.documentId(), c.title(), c.section(), c.passage(), c.url(),
                    c.bm25(), c.features(), probability(features.get(i))));
        }
        rescored.sort(Comparator.comparingDouble(AnswerRetrieval.Scored::confidence).reversed()
                .thenComparing(AnswerRetrieval.Scored::documentId));
        return List.copyOf(rescored.subList(0, Math.min(limit, rescored.size())));
    }

    /**
     * @param other what labelled messages say per intent
     * @return the same ranking using them
     * @throws NullPointerException if other is null
     */
    public IntentPriorRanking withLabels(AnswerLabelPrior other) {
        return new IntentPriorRanking(prior, embedder, bias, weights, other);
    }

    /** @return the priors */
    public IntentPrior prior() {
        return prior;
    }

    /**
     * @param features one candidate's features in {@link #NAMES} order
     * @return the probability in [0, 1] that it answers the message
     */
    public double probability(double[] features) {
        double z = bias;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

}
