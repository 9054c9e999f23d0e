package org.switchboard.plugins.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.TextEmbedder;

/**
 * Customer-language priors: which help-center articles the messages of each customer intent usually reach, learnt
 * without any answer label from a labelled intent corpus (BANKING77) and the knowledge search itself.
 *
 * <p>Built by {@link #build}: every training message goes through the knowledge search ({@link AnswerRetrieval}, fused
 * rank order) and an intent's prior {@code P(article | intent)} is the mean over its messages of
 * {@code (1 / rank) / (1 + 1/2 + 1/3)} for the first {@value #DEPTH} articles, so each message spreads a mass of 1:
 * an intent whose messages keep reaching the same article gives it a high prior, one whose messages scatter over
 * many articles gives a flat, low one. Each intent also keeps the normalised mean of its messages' sentence
 * embeddings (its centroid), and a message's intent distribution is
 * {@code p(intent | message) = softmax(temperature * cosine(message, centroid))}, the temperature chosen from a grid
 * to maximise the training messages' likelihood. A message's article prior is
 * {@code sum over intents of p(intent | message) * P(article | intent)}.
 *
 * <p>File format (gzip, UTF-8 lines, tab-separated): {@code switchboard-intent-prior 1}; {@code model NAME};
 * {@code fingerprint HEX} ({@link #fingerprint}); {@code temperature T}; then one line per intent:
 * {@code intent NAME BASE64(float32 big-endian centroid) ARTICLE=MASS;ARTICLE=MASS...}. Immutable and thread-safe.
 */
public final class IntentPrior {

    /** How many fused articles of a training message count towards its intent's prior. */
    public static final int DEPTH = 3;
    /** Masses below this are not written (they are noise and would bloat the file). */
    static final double MIN_MASS = 0.005;
    private static final String MAGIC = "switchboard-intent-prior";
    private static final double[] TEMPERATURES = {5, 10, 15, 20, 30, 40, 60};

    /**
     * One intent.
     *
     * @param name     the intent label
     * @param centroid the unit mean embedding of its messages
     * @param articles {@code P(article | intent)} by article id (at most 1 in total), largest first
     */
    public record Intent(String name, float[] centroid, Map<String, Double> articles) {
        /** @throws NullPointerException if a component is null */
        public Intent {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(centroid, "centroid");
            articles = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        }
    }

    private final String model;
    private final String fingerprint;
    private final double temperature;
    private final List<Intent> intents;

    /**
     * @param model       the embedding model's configuration name
     * @param fingerprint the knowledge base's fingerprint, hex ({@link #fingerprint})
     * @param temperature the softmax temperature, positive
     * @param intents     the intents, all centroids of one dimension
     * @throws IllegalArgumentException if the temperature is not positive, there is no intent or dimensions differ
     */
    public IntentPrior(String model, String fingerprint, double temperature, List<Intent> intents) {
        this.model = Objects.requireNonNull(model, "model");
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive: " + temperature);
        }
        if (intents.isEmpty()) {
            throw new IllegalArgumentException("no intent");
        }
        int dimension = intents.get(0).centroid().length;
        if (intents.stream().anyMatch(i -> i.centroid().length != dimension)) {
            throw new IllegalArgumentException("centroids differ in dimension");
        }
        this.temperature = temperature;
        this.intents = List.copyOf(intents);
    }

    /**
     * The knowledge base's fingerprint for a prior: SHA-256 ({@link PassageVectors#fingerprint}) over the model name
     * and, for each customer-facing and internal article in id order, its id and passages as the embedding index
     * embeds them. A prior built for other articles does not apply.
     *
     * @param model     the embedding model's configuration name
     * @param documents the articles
     * @return the hex fingerprint
     */
    public static String fingerprint(String model, Collection<KnowledgeDocument> documents) {
        List<String> texts = new ArrayList<>();
        documents.stream().map(KnowledgeDocument::id).sorted().forEach(texts::add);
        texts.addAll(DenseKnowledgeIndex.passageTexts(documents, new PassageSplitter(), false));
        return HexFormat.of().formatHex(PassageVectors.fingerprint("intent-prior:" + model, texts));
    }

    /**
     * Builds the prior from labelled intent examples.
     *
     * @param retrieval the knowledge search to learn from (its calibration does not matter: fused rank order is used)
     * @param embedder  the embedding model the search uses (unit vectors)
     * @param model     its configuration name
     * @param documents the indexed articles (for the fingerprint)
     * @param examples  labelled customer messages (intent corpus); no answer labels
     * @return the prior
     * @throws IllegalArgumentException if there is no example
     */
    public static IntentPrior build(AnswerRetrieval retrieval, TextEmbedder embedder, String model,
                                    Collection<KnowledgeDocument> documents, List<LabelledExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no example");
        }
        AnswerCalibration rankOrder = rankOrder();
        double harmonic = 0;
        for (int r = 1; r <= DEPTH; r++) {
            harmonic += 1.0 / r;
        }
        List<float[]> vectors = embedder.embed(examples.stream().map(LabelledExample::text).toList());
        Map<String, Map<String, Double>> sums = new TreeMap<>();
        Map<String, float[]> centroidSums = new TreeMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int e = 0; e < examples.size(); e++) {
            LabelledExample example = examples.get(e);
            List<AnswerRetrieval.Scored> top = retrieval.search(example.text(), DEPTH, rankOrder);
            Map<String, Double> articles = sums.computeIfAbsent(example.intent(), k -> new HashMap<>());
            for (int r = 0; r < top.size(); r++) {
                articles.merge(top.get(r).documentId(), 1.0 / (r + 1) / harmonic, Double::sum);
            }
            float[] sum = centroidSums.computeIfAbsent(example.intent(), k -> new float[embedder.dimension()]);
            float[] v = vectors.get(e);
            for (int d = 0; d < v.length; d++) {
                sum[d] += v[d];
            }
            counts.merge(example.intent(), 1, Integer::sum);
        }
        List<Intent> intents = new ArrayList<>();
        for (Map.Entry<String, float[]> entry : centroidSums.entrySet()) {
            int n = counts.get(entry.getKey());
            Map<String, Double> masses = new LinkedHashMap<>();
            sums.get(entry.getKey()).entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .filter(a -> a.getValue() / n >= MIN_MASS)
                    .forEach(a -> masses.put(a.getKey(), a.getValue() / n));
            intents.add(new Intent(entry.getKey(), unit(entry.getValue()), masses));
        }
        String print = fingerprint(model, documents);
        double best = TEMPERATURES[0];
        double bestLikelihood = Double.NEGATIVE_INFINITY;
        for (double t : TEMPERATURES) {
            IntentPrior probe = new IntentPrior(model, print, t, intents);
            double likelihood = 0;
            for (int e = 0; e < examples.size(); e++) {
                double[] p = probe.intentProbabilities(vectors.get(e));
                likelihood += Math.log(Math.max(1e-300, p[probe.indexOf(examples.get(e).intent())]));
            }
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = t;
            }
        }
        return new IntentPrior(model, print, best, intents);
    }

    /** A calibration that keeps the fused rank order. */
    static AnswerCalibration rankOrder() {
        double[] weights = new double[AnswerFeatures.NAMES.size()];
        weights[AnswerFeatures.NAMES.indexOf("bm25Reciprocal")] = 1;
        weights[AnswerFeatures.NAMES.indexOf("denseReciprocal")] = 1;
        return new AnswerCalibration(0, weights, "rank order");
    }

    private int indexOf(String intent) {
        for (int i = 0; i < intents.size(); i++) {
            if (intents.get(i).name().equals(intent)) {
                return i;
            }
        }
        throw new IllegalArgumentException("unknown intent " + intent);
    }

    private static float[] unit(float[] sum) {
        double norm = 0;
        for (float f : sum) {
            norm += (double) f * f;
        }
        float[] unit = new float[sum.length];
        if (norm == 0) {
            return unit;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < sum.length; d++) {
            unit[d] = sum[d] * scale;
        }
        return unit;
    }

    /** @return the embedding model's configuration name */
    public String model() {
        return model;
    }

    /** @return the knowledge-base fingerprint this prior was built for, hex */
    public String fingerprintHex() {
        return fingerprint;
    }

    /** @return the softmax temperature */
    public double temperature() {
        return temperature;
    }

    /** @return the intents, in file order */
    public List<Intent> intents() {
        return intents;
    }

    /**
     * @param vector a message's unit embedding (all zeros for a blank message)
     * @return {@code p(intent | message)}, parallel to {@link #intents()}, summing to 1
     * @throws IllegalArgumentException if the dimension differs from the centroids'
     */
    public double[] intentProbabilities(float[] vector) {
        if (vector.length != intents.get(0).centroid().length) {
            throw new IllegalArgumentException("vector has " + vector.length + " dimensions, the centroids "
                    + intents.get(0).centroid().length);
        }
        double[] p = new double[intents.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < p.length; i++) {
            float[] c = intents.get(i).centroid();
            double dot = 0;
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

    /**
     * @param intentProbabilities {@code p(intent | message)} as {@link #intentProbabilities} returns it
     * @return the message's prior per article id, {@code sum_i p(i | message) P(article | i)}; articles no intent
     *         reaches are absent (prior 0)
     * @throws IllegalArgumentException if the array's length is not the number of intents
     */
    public Map<String, Double> articlePrior(double[] intentProbabilities) {
        if (intentProbabilities.length != intents.size()) {
            throw new IllegalArgumentException("expected " + intents.size() + " probabilities: "
                    + intentProbabilities.length);
        }
        Map<String, Double> prior = new HashMap<>();
        for (int i = 0; i < intentProbabilities.length; i++) {
            double weight = intentProbabilities[i];
            intents.get(i).articles().forEach((article, mass) -> prior.merge(article, weight * mass, Double::sum));
        }
        return prior;
    }

    /**
     * Writes the prior in the format above.
     *
     * @param out where to write (closed when done, as gzip needs its trailer)
     * @throws IOException if writing fails
     */
    public void write(OutputStream out) throws IOException {
        try (Writer writer = new OutputStreamWriter(new GZIPOutputStream(out), StandardCharsets.UTF_8)) {
            writer.write(MAGIC + "\t1\nmodel\t" + model + "\nfingerprint\t" + fingerprint + "\n"
                    + String.format(Locale.ROOT, "temperature\t%s%n", temperature));
            for (Intent intent : intents) {
                ByteBuffer bytes = ByteBuffer.allocate(intent.centroid().length * Float.BYTES);
                for (float f : intent.centroid()) {
                    bytes.putFloat(f);
                }
                StringBuilder articles = new StringBuilder();
                intent.articles().entrySet().stream()
                        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                        .forEach(a -> articles.append(articles.isEmpty() ? "" : ";").append(a.getKey()).append('=')
                                .append(String.format(Locale.ROOT, "%.5f", a.getValue())));
                writer.write("intent\t" + intent.name() + "\t" + Base64.getEncoder().encodeToString(bytes.array())
                        + "\t" + articles + "\n");
            }
        }
    }

    /**
     * Reads a prior written by {@link #write}.
     *
     * @param in          the gzip stream (closed when done)
     * @param model       the embedding model the search uses
     * @param fingerprint the current knowledge base's {@link #fingerprint}
     * @return the prior, or empty when it was built for another model or other articles
     * @throws IOException if the stream cannot be read or is not in the format
     */
    public static Optional<IntentPrior> read(InputStream in, String model, String fingerprint) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in),
                StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !header.equals(MAGIC + "\t1")) {
                throw new IOException("not an intent prior (version 1)");
            }
            String fileModel = value(reader.readLine(), "model");
            String filePrint = value(reader.readLine(), "fingerprint");
            double temperature;
            try {
                temperature = Double.parseDouble(value(reader.readLine(), "temperature"));
            } catch (NumberFormatException e) {
                throw new IOException("malformed temperature", e);
            }
            if (!fileModel.equals(model) || !filePrint.equals(fingerprint)) {
                return Optional.empty();
            }
            List<Intent> intents = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                intents.add(intent(line));
            }
            try {
                return Optional.of(new IntentPrior(fileModel, filePrint, temperature, intents));
            } catch (IllegalArgumentException e) {
                throw new IOException("malformed intent prior: " + e.getMessage(), e);
            }
        }
    }

    private static Intent intent(String line) throws IOException {
        String[] parts = line.split("\t", -1);
        if (parts.length != 4 || !parts[0].equals("intent") || parts[1].isBlank()) {
            throw new IOException("malformed intent line");
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(parts[2]));
            if (bytes.remaining() == 0 || bytes.remaining() % Float.BYTES != 0) {
                throw new IOException("malformed centroid of intent " + parts[1]);
            }
            float[] centroid = new float[bytes.remaining() / Float.BYTES];
            for (int d = 0; d < centroid.length; d++) {
                centroid[d] = bytes.getFloat();
            }
            Map<String, Double> articles = new LinkedHashMap<>();
            if (!parts[3].isEmpty()) {
                for (String pair : parts[3].split(";")) {
                    int eq = pair.lastIndexOf('=');
                    if (eq <= 0) {
                        throw new IOException("malformed article mass in intent " + parts[1]);
                    }
                    articles.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
                }
            }
            return new Intent(parts[1], centroid, articles);
        } catch (IllegalArgumentException e) {
            throw new IOException("malformed intent " + parts[1] + ": " + e.getMessage(), e);
        }
    }

    private static String value(String line, String key) throws IOException {
        if (line == null || !line.startsWith(key + "\t")) {
            throw new IOException("expected '" + key + "' line");
        }
        return line.substring(key.length() + 1);
    }
}
