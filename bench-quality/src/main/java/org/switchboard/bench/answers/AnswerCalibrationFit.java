package org.switchboard.bench.answers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.bench.intent.EmbeddingCacheFile;
import org.switchboard.core.intent.TextEmbedder;
import org.switchboard.plugins.knowledge.AnswerCalibration;
import org.switchboard.plugins.knowledge.AnswerFeatures;
import org.switchboard.plugins.knowledge.AnswerRetrieval;
import org.switchboard.plugins.knowledge.DenseKnowledgeIndex;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.PassageVectors;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;
import org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel;
import org.switchboard.plugins.knowledge.KnowledgeIndex;
import org.switchboard.plugins.knowledge.PassageSplitter;

/**
 * Fits the answer-confidence calibration ({@link AnswerCalibration}) on a labelled customer-question file and reports
 * the retrieval quality of an embedding model: for every message, the {@value AnswerRetrieval#POOL} fused candidate
 * articles are examples, positive when the article is among the row's labels; logistic regression
 * ({@link LogisticFit}, L2 {@value #LAMBDA}) on their {@link AnswerFeatures}.
 *
 * <p>Usage (repository root): {@code mvn -q -pl bench-quality -am compile exec:java -Dexec.skip=true
 * -Dexec.mainClass=org.switchboard.bench.answers.AnswerCalibrationFit -Dexec.args="--model bge-small-en-v1.5-q
 * --write tool-plugins/src/main/resources/kb/answer-calibration-hybrid.properties"} ({@code --model none} and
 * {@code ...-lexical.properties} for BM25 alone; {@code --eval FILE.tsv} for another labelled file,
 * {@code --embedding-cache FILE} to keep passage embeddings between runs). Prints hit@1 and hit@3 of the fused
 * ranking over the answerable messages, the embedding cost, and the coefficients.
 */
public final class AnswerCalibrationFit {

    /** The L2 penalty of the fit. */
    static final double LAMBDA = 1.0;
    /** Folds of the cross-validation the benchmark reports. */
    static final int FOLDS = 5;

    private AnswerCalibrationFit() {
    }

    /** One message's candidates and whether each answers it. */
    record Example(LabelledQuestions.Question question, List<AnswerRetrieval.Scored> candidates, int[] positive) {
    }

    /**
     * Fits and prints (and writes with {@code --write}).
     *
     * @param args see the class description
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args,
                Set.of("model", "eval", "write", "embedding-cache", "write-vectors", "show"));
        String model = arguments.optionalPath("model") == null ? KnowledgeEmbeddingModelDefault.NAME
                : arguments.optionalPath("model").toString();
        Path file = arguments.optionalPath("eval");
        List<LabelledQuestions.Question> questions = file == null ? LabelledQuestions.bundled() : LabelledQuestions.read(file);
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        Path vectors = arguments.optionalPath("write-vectors");
        if (vectors != null) {
            writeVectors(documents, model, arguments.optionalPath("embedding-cache"), vectors);
        }
        AnswerRetrieval retrieval = retrieval(documents, model, arguments.optionalPath("embedding-cache"), neutral());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        List<Example> examples = examples(retrieval, questions, documents);
        double perMessage = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / questions.size();
        int answerable = 0;
        int hit1 = 0;
        int hit3 = 0;
        for (Example example : examples) {
            if (example.question().answers().stream().noneMatch(publicIds(documents)::contains)) {
                continue;
            }
            answerable++;
            List<AnswerRetrieval.Scored> ranked = example.candidates();
            Set<String> labels = new HashSet<>(example.question().answers());
            hit1 += !ranked.isEmpty() && labels.contains(ranked.get(0).documentId()) ? 1 : 0;
            hit3 += ranked.stream().limit(3).anyMatch(c -> labels.contains(c.documentId())) ? 1 : 0;
            if (answerable <= arguments.integer("show", 0)) {
                System.out.println(example.question().text() + "\n   labels " + labels + "\n   found  "
                        + ranked.stream().limit(4).map(c -> c.documentId() + " (" + c.title() + ")").toList());
            }
        }
        System.out.printf(Locale.ROOT, "model %s: fused ranking hit@1 %.1f %%, hit@3 %.1f %% of %d answerable messages; "
                        + "retrieval CPU %.2f ms per message (calling thread)%n", model, 100.0 * hit1 / answerable,
                100.0 * hit3 / answerable, answerable, perMessage);
        AnswerCalibration fitted = fit(examples, "model " + model + ", " + questions.size() + " messages of "
                + (file == null ? LabelledQuestions.BUNDLED : file.getFileName()) + ", L2 " + LAMBDA);
        System.out.print(fitted.toPropertiesText());
        Path write = arguments.optionalPath("write");
        if (write != null) {
            Files.writeString(write, fitted.toPropertiesText(), StandardCharsets.UTF_8);
            System.out.println("written to " + write);
        }
    }

    /** A calibration that ignores the features (for computing features only). */
    static AnswerCalibration neutral() {
        return new AnswerCalibration(0, new double[AnswerFeatures.NAMES.size()], "neutral");
    }

    /**
     * Builds the retrieval as the plugin does at start-up.
     *
     * @param documents   the articles
     * @param model       an embedding model's configuration name or {@code none}
     * @param cache       an embedding cache file, or null
     * @param calibration the calibration to score with
     * @return the retrieval
     * @throws IOException if the cache cannot be written
     */
    static AnswerRetrieval retrieval(List<KnowledgeDocument> documents, String model, Path cache,
                                     AnswerCalibration calibration) throws IOException {
        KnowledgeIndex lexical = new KnowledgeIndex(documents);
        Optional<KnowledgeEmbeddingModel> chosen = KnowledgeEmbeddingModel.named(model);
        if (chosen.isEmpty()) {
            return new AnswerRetrieval(lexical, null, documents, calibration);
        }
        TextEmbedder embedder = chosen.get().load().orElseThrow(() -> new IllegalStateException(model + " is not on the classpath"));
        if (cache != null) {
            embedder = new EmbeddingCacheFile(embedder, cache);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long cpu = threads.getCurrentThreadCpuTime();
        DenseKnowledgeIndex dense = KnowledgeBasePlugin.denseIndex(documents, chosen.get(), embedder, Optional.empty());
        System.out.printf(Locale.ROOT, "%s: %d passages %s in %.1f s wall (%.1f s CPU on the calling thread; "
                        + "inference also runs on LangChain4j's pool)%n", model, dense.passageCount(),
                dense.precomputed() ? "read from the shipped vectors" : "embedded",
                (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9);
        if (embedder instanceof EmbeddingCacheFile file) {
            file.save();
        }
        return new AnswerRetrieval(lexical, dense, documents, calibration);
    }

    /** Embeds every passage of the bundled sample and writes the vectors file the plugin reads at start-up. */
    private static void writeVectors(List<KnowledgeDocument> documents, String model, Path cache, Path file)
            throws IOException {
        KnowledgeEmbeddingModel chosen = KnowledgeEmbeddingModel.named(model)
                .orElseThrow(() -> new IllegalArgumentException("--write-vectors needs a model"));
        TextEmbedder embedder = chosen.load().orElseThrow(() -> new IllegalStateException(model + " is not on the classpath"));
        if (cache != null) {
            embedder = new EmbeddingCacheFile(embedder, cache);
        }
        List<String> texts = DenseKnowledgeIndex.passageTexts(documents, new PassageSplitter(), false);
        List<float[]> vectors = embedder.embed(texts);
        if (embedder instanceof EmbeddingCacheFile saved) {
            saved.save();
        }
        try (java.io.OutputStream out = Files.newOutputStream(file)) {
            PassageVectors.write(out, chosen.configName(), texts, vectors);
        }
        System.out.println("wrote " + vectors.size() + " passage vectors to " + file);
    }

    /** @return the ids of customer-facing articles */
    static Set<String> publicIds(List<KnowledgeDocument> documents) {
        Set<String> ids = new HashSet<>();
        documents.stream().filter(d -> !d.internal()).forEach(d -> ids.add(d.id()));
        return ids;
    }

    /** @return every message's candidates with their labels */
    static List<Example> examples(AnswerRetrieval retrieval, List<LabelledQuestions.Question> questions,
                                  List<KnowledgeDocument> documents) {
        List<Example> examples = new ArrayList<>();
        for (LabelledQuestions.Question question : questions) {
            List<AnswerRetrieval.Scored> candidates = retrieval.search(question.text(), AnswerRetrieval.POOL, neutralOrdering());
            Set<String> labels = new HashSet<>(question.answers());
            int[] positive = candidates.stream().mapToInt(c -> labels.contains(c.documentId()) ? 1 : 0).toArray();
            examples.add(new Example(question, candidates, positive));
        }
        return examples;
    }

    /** Orders candidates by fused rank (the neutral calibration ties them; the retrieval then keeps rank order by id). */
    private static AnswerCalibration neutralOrdering() {
        double[] weights = new double[AnswerFeatures.NAMES.size()];
        weights[AnswerFeatures.NAMES.indexOf("bm25Reciprocal")] = 1;
        weights[AnswerFeatures.NAMES.indexOf("denseReciprocal")] = 1;
        return new AnswerCalibration(0, weights, "rank order");
    }

    /**
     * @param examples the examples to fit on
     * @param fitted   the description written into the file
     * @return the fitted calibration
     */
    static AnswerCalibration fit(List<Example> examples, String fitted) {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (Example example : examples) {
            for (int i = 0; i < example.candidates().size(); i++) {
                x.add(example.candidates().get(i).features().values());
                y.add(example.positive()[i]);
            }
        }
        double[] beta = LogisticFit.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(), LAMBDA);
        double[] weights = new double[beta.length - 1];
        System.arraycopy(beta, 1, weights, 0, weights.length);
        return new AnswerCalibration(beta[0], weights, fitted);
    }

    /**
     * Cross-validation folds: message i falls in fold {@code i % FOLDS}; each fold's calibration is fitted on the
     * other folds.
     *
     * @param examples the examples, in message order
     * @return the calibration for each message's fold, by message id
     */
    static Map<String, AnswerCalibration> crossValidated(List<Example> examples) {
        Map<String, AnswerCalibration> byMessage = new HashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                if (i % FOLDS != fold) {
                    training.add(examples.get(i));
                }
            }
            AnswerCalibration calibration = fit(training, "fold " + fold);
            for (int i = fold; i < examples.size(); i += FOLDS) {
                byMessage.put(examples.get(i).question().id(), calibration);
            }
        }
        return byMessage;
    }

    /** The default model name, as the plugin's. */
    static final class KnowledgeEmbeddingModelDefault {
        static final String NAME = org.switchboard.plugins.knowledge.KnowledgeBasePlugin.DEFAULT_MODEL;

        private KnowledgeEmbeddingModelDefault() {
        }
    }
}
