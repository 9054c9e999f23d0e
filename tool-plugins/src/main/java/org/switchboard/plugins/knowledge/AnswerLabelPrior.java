package org.switchboard.plugins.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What hand-labelled customer messages say about each customer intent of an {@link IntentPrior}: which articles
 * answer the messages of that intent, and how often none does. Learnt from labelled messages (message text, the
 * articles that answer it or none) by soft assignment, so no intent label is needed: a labelled message {@code j}
 * with intent distribution {@code p_j = p(intent | message j)} ({@link IntentPrior#intentProbabilities}) and answers
 * {@code A_j} adds {@code p_j(i) / |A_j|} to the mass of each article of {@code A_j} in intent {@code i}, and
 * {@code p_j(i)} to the "no article" mass when {@code A_j} is empty; each intent's masses are divided by
 * {@code sum_j p_j(i) + }{@value #SMOOTHING} (an intent few labelled messages resemble says little).
 *
 * <p>For a new message with intent distribution {@code p}: {@link #articles} gives
 * {@code sum_i p(i) * answers(article | i)} and {@link #none} {@code sum_i p(i) * none(i)}, both in [0, 1].
 *
 * <p>Text format (UTF-8 lines; {@code #} comments): {@code intent TAB NAME TAB none=SHARE TAB ARTICLE=MASS;...},
 * intents and articles in alphabetical order (the file is the same from run to run).
 * Immutable and thread-safe.
 */
public final class AnswerLabelPrior {

    /** Pseudo-count added to each intent's labelled weight. */
    public static final double SMOOTHING = 0.5;

    /** No labelled messages: every article 0, none 0. */
    public static final AnswerLabelPrior EMPTY = new AnswerLabelPrior(Map.of(), Map.of());

    /**
     * One labelled message.
     *
     * @param vector  its unit embedding by the prior's model
     * @param answers the ids of the articles that answer it; empty when none does
     */
    public record Labelled(float[] vector, List<String> answers) {
        /** Copies the answers. */
        public Labelled {
            Objects.requireNonNull(vector, "vector");
            answers = List.copyOf(answers);
        }
    }

    private final Map<String, Map<String, Double>> answers;
    private final Map<String, Double> none;

    private AnswerLabelPrior(Map<String, Map<String, Double>> answers, Map<String, Double> none) {
        this.answers = answers;
        this.none = none;
    }

    /**
     * Learns the prior (see the class description).
     *
     * @param prior    the intents
     * @param messages the labelled messages
     * @return the prior
     * @throws IllegalArgumentException if a vector's dimension is not the centroids'
     */
    public static AnswerLabelPrior learn(IntentPrior prior, List<Labelled> messages) {
        List<IntentPrior.Intent> intents = prior.intents();
        double[] weight = new double[intents.size()];
        double[] noneMass = new double[intents.size()];
        List<Map<String, Double>> mass = new ArrayList<>();
        intents.forEach(i -> mass.add(new TreeMap<>()));
        for (Labelled message : messages) {
            double[] p = prior.intentProbabilities(message.vector());
            for (int i = 0; i < p.length; i++) {
                weight[i] += p[i];
                if (message.answers().isEmpty()) {
                    noneMass[i] += p[i];
                }
                for (String article : message.answers()) {
                    mass.get(i).merge(article, p[i] / message.answers().size(), Double::sum);
                }
            }
        }
        Map<String, Map<String, Double>> answers = new HashMap<>();
        Map<String, Double> none = new HashMap<>();
        for (int i = 0; i < intents.size(); i++) {
            double total = weight[i] + SMOOTHING;
            Map<String, Double> articles = new TreeMap<>();
            mass.get(i).forEach((article, m) -> {
                if (m / total >= IntentPrior.MIN_MASS) {
                    articles.put(article, m / total);
                }
            });
            answers.put(intents.get(i).name(), Map.copyOf(articles));
            none.put(intents.get(i).name(), noneMass[i] / total);
        }
        return new AnswerLabelPrior(Map.copyOf(answers), Map.copyOf(none));
    }

    /**
     * @param prior               the intents the probabilities are over
     * @param intentProbabilities a message's {@code p(intent | message)}, parallel to {@code prior.intents()}
     * @return the message's labelled mass per article id; articles with none are absent
     */
    public Map<String, Double> articles(IntentPrior prior, double[] intentProbabilities) {
        Map<String, Double> result = new HashMap<>();
        List<IntentPrior.Intent> intents = prior.intents();
        for (int i = 0; i < intentProbabilities.length; i++) {
            double p = intentProbabilities[i];
            answers.getOrDefault(intents.get(i).name(), Map.of())
                    .forEach((article, m) -> result.merge(article, p * m, Double::sum));
        }
        return result;
    }

    /**
     * @param prior               the intents the probabilities are over
     * @param intentProbabilities a message's {@code p(intent | message)}, parallel to {@code prior.intents()}
     * @return how much the labelled messages like it were answered by no article, in [0, 1]
     */
    public double none(IntentPrior prior, double[] intentProbabilities) {
        double sum = 0;
        for (int i = 0; i < intentProbabilities.length; i++) {
            sum += intentProbabilities[i] * none.getOrDefault(prior.intents().get(i).name(), 0.0);
        }
        return sum;
    }

    /**
     * @param source what it was learnt from, one line
     * @return the prior in the text format ({@link #read} reads it)
     */
    public String text(String source) {
        StringBuilder text = new StringBuilder("# Answer labels per customer intent (AnswerLabelPrior); see docs/ANSWERS.md\n# ")
                .append(source.replace('\n', ' ')).append('\n');
        for (String intent : new TreeMap<>(answers).keySet()) {
            StringBuilder articles = new StringBuilder();
            new TreeMap<>(answers.get(intent)).forEach((article, m) -> articles.append(articles.isEmpty() ? "" : ";")
                    .append(article).append('=').append(String.format(Locale.ROOT, "%.5f", m)));
            text.append("intent\t").append(intent).append('\t')
                    .append(String.format(Locale.ROOT, "none=%.5f", none.getOrDefault(intent, 0.0))).append('\t')
                    .append(articles).append('\n');
        }
        return text.toString();
    }

    /**
     * Reads the text format.
     *
     * @param in the text (closed when done)
     * @return the prior
     * @throws IOException if it cannot be read or a line is malformed
     */
    public static AnswerLabelPrior read(InputStream in) throws IOException {
        Map<String, Map<String, Double>> answers = new HashMap<>();
        Map<String, Double> none = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                if (parts.length != 4 || !parts[0].equals("intent") || !parts[2].startsWith("none=")) {
                    throw new IOException("line " + number + ": expected intent TAB NAME TAB none=X TAB articles");
                }
                Map<String, Double> articles = new TreeMap<>();
                for (String pair : parts[3].isEmpty() ? new String[0] : parts[3].split(";")) {
                    int eq = pair.lastIndexOf('=');
                    if (eq <= 0) {
                        throw new IOException("line " + number + ": malformed article mass");
                    }
                    articles.put(pair.substring(0, eq), number(pair.substring(eq + 1), number));
                }
                answers.put(parts[1], Map.copyOf(articles));
                none.put(parts[1], number(parts[2].substring("none=".length()), number));
            }
        }
        return new AnswerLabelPrior(Map.copyOf(answers), Map.copyOf(none));
    }

    private static double number(String text, int line) throws IOException {
        try {
            double value = Double.parseDouble(text);
            if (!(value >= 0 && value <= 1)) {
                throw new IOException("line " + line + ": mass outside [0, 1]: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("line " + line + ": not a number: " + text, e);
        }
    }
}
