package org.switchboard.bench.answers;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.bench.intent.EmbeddingCacheFile;
import org.switchboard.bench.intent.IntentDatasets;
import org.switchboard.core.intent.IntentClassifier;
import org.switchboard.core.intent.IntentClassifierTrainer;
import org.switchboard.core.intent.IntentTrainingOptions;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.TextEmbedder;
import org.switchboard.plugins.knowledge.AnswerCalibration;
import org.switchboard.plugins.knowledge.AnswerFeatures;
import org.switchboard.plugins.knowledge.AnswerRetrieval;
import org.switchboard.plugins.knowledge.DenseKnowledgeIndex;
import org.switchboard.plugins.knowledge.IntentPrior;
import org.switchboard.plugins.knowledge.IntentPriorRanking;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;
import org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel;
import org.switchboard.plugins.knowledge.KnowledgeIndex;

/**
 * Experiment: do customer-language priors learnt from BANKING77 without any answer label make the answer ranking and
 * its calibrated confidence better?
 *
 * <ol>
 *   <li><b>Intent to article prior, unsupervised</b> ({@link IntentPrior#build}): every BANKING77 training message
 *       (minus those in the evaluation file, so nothing evaluated is also learnt from) goes through the knowledge
 *       search; an intent's prior {@code P(article | intent)} is the mean over its messages of the normalised
 *       reciprocal rank of the first three fused articles.</li>
 *   <li><b>Intent distribution</b> of a customer message, two ways: the prior's nearest-centroid softmax (what the
 *       bot ships, {@link IntentPriorRanking}) and the project's softmax intent classifier
 *       ({@link IntentClassifierTrainer}, defaults without threshold calibration) trained on the same messages; the
 *       message's prior is {@code prior(a) = sum_i p(i | msg) P(a | i)}.</li>
 *   <li><b>Features and refit.</b> Every fused candidate (first {@value #CANDIDATES}) gets the six
 *       {@link AnswerFeatures} plus {@code prior}, {@code priorRelative} (prior / the best candidate's prior),
 *       {@code priorReciprocal} (1 / rank by prior among the candidates) and {@code intentConfidence} (max
 *       {@code p(i | msg)}); logistic regression ({@link LogisticFit}, L2 {@value AnswerCalibrationFit#LAMBDA}) with
 *       5-fold cross-validation over the labelled messages, as {@link AnswerCalibrationFit} does, once with the six
 *       base features (baseline) and once with all ten.</li>
 * </ol>
 * Prints hit@1 / hit@3 of the cross-validated confidence ranking, the cross-validated precision/recall curve of the
 * decision rule ({@code KnowledgeDecision}'s: answer when the top confidence reaches the threshold and the next is
 * at least the margin lower or below the clarify threshold, the bot's defaults) and the added CPU per message.
 * {@code --write-prior} writes the shipped prior; {@code --write-calibration} its coefficients without the
 * labelled-message features (fitted on all labelled messages; the shipped coefficients, with them, are written by
 * {@code AnswerBenchmark --write-calibration}).
 *
 * <p>Usage (repository root): {@code mvn -q -pl bench-quality -am compile exec:java -Dexec.skip=true
 * -Dexec.mainClass=org.switchboard.bench.answers.IntentPriorExperiment -Dexec.args="--embedding-cache
 * $PWD/bench-quality/target/banking77-minilm.cache"} (docs/ANSWERS.md has the command that rebuilds the shipped
 * files).
 */
public final class IntentPriorExperiment {

    /** Fused candidates per message that get features. */
    static final int CANDIDATES = 20;
    /** How many fused articles of a training message count towards its intent's prior. */
    static final int PRIOR_DEPTH = 3;
    /** The decision's margin, as the bot's default. */
    static final double MARGIN = org.switchboard.core.agent.KnowledgeAnswer.DEFAULT_MIN_MARGIN;
    /** The decision's clarify threshold, as the bot's default (or the answer threshold when lower). */
    static final double CLARIFY = org.switchboard.core.agent.KnowledgeAnswer.DEFAULT_CLARIFY_MIN_CONFIDENCE;

    private IntentPriorExperiment() {
    }

    /** One candidate: its features (base, or base plus prior) and whether it answers the message. */
    record Candidate(String documentId, double[] base, double[] extended, int positive) {
    }

    /** One labelled message's candidates. */
    record Row(LabelledQuestions.Question question, List<Candidate> candidates, boolean answerable) {
    }

    /**
     * Runs the experiment and prints its figures (headline last).
     *
     * @param args {@code --banking77 FILE} (default: the copy in bench-quality's resources), {@code --embedding-cache
     *             FILE}, {@code --eval FILE.tsv}, {@code --write-prior FILE.txt.gz}, {@code --write-calibration FILE}
     * @throws IOException if a file cannot be read or the cache written
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, Set.of("banking77", "embedding-cache", "eval", "write-prior", "write-calibration"));
        Path banking = arguments.path("banking77", "bench-quality/src/main/resources/intent/banking77/train.csv");
        Path evalFile = arguments.optionalPath("eval");
        List<LabelledQuestions.Question> questions = evalFile == null ? LabelledQuestions.bundled()
                : LabelledQuestions.read(evalFile);
        Set<String> evaluated = new HashSet<>();
        questions.forEach(q -> evaluated.add(normal(q.text())));
        List<LabelledExample> training = new ArrayList<>();
        for (LabelledExample example : IntentDatasets.readBanking77Csv(banking)) {
            if (!evaluated.contains(normal(example.text()))) {
                training.add(example);
            }
        }
        System.out.printf(Locale.ROOT, "BANKING77: %d training messages after removing the %d evaluated texts%n",
                training.size(), questions.size());

        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        KnowledgeEmbeddingModel model = KnowledgeEmbeddingModel.ALL_MINILM_L6_V2;
        TextEmbedder plain = model.load().orElseThrow(() -> new IllegalStateException("MiniLM is not on the classpath"));
        Path cachePath = arguments.path("embedding-cache", "bench-quality/target/banking77-minilm.cache");
        EmbeddingCacheFile cache = new EmbeddingCacheFile(plain, cachePath);
        long wall = System.nanoTime();
        List<String> texts = new ArrayList<>();
        training.forEach(e -> texts.add(e.text()));
        questions.forEach(q -> texts.add(q.text()));
        for (int from = 0; from < texts.size(); from += 1000) {
            cache.embed(texts.subList(from, Math.min(texts.size(), from + 1000)));
            cache.save();
        }
        System.out.printf(Locale.ROOT, "embeddings ready (%d cached) in %.0f s wall%n", cache.size(),
                (System.nanoTime() - wall) / 1e9);
        DenseKnowledgeIndex dense = KnowledgeBasePlugin.denseIndex(documents, model, cache, Optional.empty());
        AnswerRetrieval retrieval = new AnswerRetrieval(new KnowledgeIndex(documents), dense, documents,
                AnswerCalibrationFit.neutral());
        AnswerCalibration rankOrder = rankOrder();

        wall = System.nanoTime();
        IntentPrior intentPrior = IntentPrior.build(retrieval, cache, model.configName(), documents, training);
        cache.save();
        Map<String, Map<String, Double>> prior = new TreeMap<>();
        intentPrior.intents().forEach(i -> prior.put(i.name(), i.articles()));
        System.out.printf(Locale.ROOT, "intent -> article prior over %d intents in %.0f s wall; centroid temperature %.0f%n",
                prior.size(), (System.nanoTime() - wall) / 1e9, intentPrior.temperature());
        printPriorSummary(prior);
        Path writePrior = arguments.optionalPath("write-prior");
        if (writePrior != null) {
            try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(writePrior)) {
                intentPrior.write(out);
            }
            System.out.println("prior written to " + writePrior);
        }

        wall = System.nanoTime();
        IntentClassifier classifier = new IntentClassifierTrainer(cache,
                IntentTrainingOptions.defaults().withCalibrationFraction(0)).train(training);
        System.out.printf(Locale.ROOT, "intent classifier trained on %d messages in %.1f s wall%n", training.size(),
                (System.nanoTime() - wall) / 1e9);

        Set<String> publicIds = AnswerCalibrationFit.publicIds(documents);
        List<Row> softmaxRows = rows(questions, retrieval, rankOrder, prior, classifier.intents(),
                classifier::probabilities, publicIds);
        measureCpu(classifier.withEmbedder(plain), questions);

        List<Row> centroidRows = new ArrayList<>();
        for (LabelledQuestions.Question question : questions) {
            List<AnswerRetrieval.Scored> fused = retrieval.search(question.text(), CANDIDATES, rankOrder);
            List<double[]> features = IntentPriorRanking.features(question.text(), fused, intentPrior, cache);
            Set<String> labels = new HashSet<>(question.answers());
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < fused.size(); i++) {
                candidates.add(new Candidate(fused.get(i).documentId(), fused.get(i).features().values(),
                        features.get(i), labels.contains(fused.get(i).documentId()) ? 1 : 0));
            }
            centroidRows.add(new Row(question, candidates, question.answers().stream().anyMatch(publicIds::contains)));
        }
        cache.save();
        measureRescoreCpu(retrieval, rankOrder, intentPrior, plain, questions);
        Path writeCalibration = arguments.optionalPath("write-calibration");
        if (writeCalibration != null) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            centroidRows.forEach(r -> r.candidates().forEach(c -> {
                x.add(c.extended());
                y.add(c.positive());
            }));
            double[] beta = LogisticFit.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                    AnswerCalibrationFit.LAMBDA);
            String text = IntentPriorRanking.propertiesText(beta[0], Arrays.copyOfRange(beta, 1, beta.length),
                    "model " + model.configName() + ", intent prior from " + training.size() + " BANKING77 messages, "
                            + questions.size() + " labelled messages of " + (evalFile == null ? LabelledQuestions.BUNDLED
                            : evalFile.getFileName()) + ", first " + CANDIDATES + " fused, L2 " + AnswerCalibrationFit.LAMBDA);
            java.nio.file.Files.writeString(writeCalibration, text);
            System.out.print(text);
            System.out.println("written to " + writeCalibration);
        }

        Summary before = report("baseline: 6 base features, first 6 fused (as the plain search)", centroidRows.stream()
                .map(IntentPriorExperiment::firstSix).toList(), false);
        report("baseline: 6 base features, first 20 fused", centroidRows, false);
        report("intent prior, softmax classifier (MiniLM + TF-IDF, trained on BANKING77): 10 features, first 6 fused",
                softmaxRows.stream().map(IntentPriorExperiment::firstSix).toList(), true);
        report("intent prior, softmax classifier (MiniLM + TF-IDF, trained on BANKING77): 10 features, first 20 fused",
                softmaxRows, true);
        report("intent prior, nearest-centroid classifier (shipped): 10 features, first 6 fused",
                centroidRows.stream().map(IntentPriorExperiment::firstSix).toList(), true);
        Summary after = report("intent prior, nearest-centroid classifier (shipped): 10 features, first 20 fused",
                centroidRows, true);
        System.out.printf(Locale.ROOT, "intent prior (nearest-centroid, first 20 fused) vs plain search: cross-validated "
                        + "hit@1 %.1f %% -> %.1f %%, hit@3 %.1f %% -> %.1f %%; best precision with recall >= 20 %%: %s -> %s%n",
                before.hit1, after.hit1, before.hit3, after.hit3, before.bestAt20, after.bestAt20);
    }

    private static Row firstSix(Row row) {
        return new Row(row.question(), row.candidates().subList(0, Math.min(AnswerRetrieval.POOL,
                row.candidates().size())), row.answerable());
    }

    /** Every labelled message's first {@value #CANDIDATES} fused candidates with base and prior features. */
    static List<Row> rows(List<LabelledQuestions.Question> questions, AnswerRetrieval retrieval,
                          AnswerCalibration rankOrder, Map<String, Map<String, Double>> prior, List<String> intents,
                          java.util.function.Function<String, double[]> probabilities, Set<String> publicIds) {
        List<Row> rows = new ArrayList<>();
        for (LabelledQuestions.Question question : questions) {
            double[] p = probabilities.apply(question.text());
            Map<String, Double> messagePrior = new HashMap<>();
            double confidence = 0;
            for (int i = 0; i < p.length; i++) {
                confidence = Math.max(confidence, p[i]);
                Map<String, Double> articles = prior.getOrDefault(intents.get(i), Map.of());
                double weight = p[i];
                articles.forEach((article, mass) -> messagePrior.merge(article, weight * mass, Double::sum));
            }
            List<AnswerRetrieval.Scored> fused = retrieval.search(question.text(), CANDIDATES, rankOrder);
            double top = fused.stream().mapToDouble(s -> messagePrior.getOrDefault(s.documentId(), 0.0)).max().orElse(0);
            List<String> byPrior = fused.stream().map(AnswerRetrieval.Scored::documentId)
                    .sorted(Comparator.comparingDouble((String id) -> -messagePrior.getOrDefault(id, 0.0))
                            .thenComparing(id -> id)).toList();
            Set<String> labels = new HashSet<>(question.answers());
            List<Candidate> candidates = new ArrayList<>();
            for (AnswerRetrieval.Scored s : fused) {
                double mass = messagePrior.getOrDefault(s.documentId(), 0.0);
                double[] base = s.features().values();
                double[] extended = new double[base.length + 4];
                System.arraycopy(base, 0, extended, 0, base.length);
                extended[base.length] = mass;
                extended[base.length + 1] = top <= 0 ? 0 : mass / top;
                extended[base.length + 2] = mass <= 0 ? 0 : 1.0 / (byPrior.indexOf(s.documentId()) + 1);
                extended[base.length + 3] = confidence;
                candidates.add(new Candidate(s.documentId(), base, extended, labels.contains(s.documentId()) ? 1 : 0));
            }
            rows.add(new Row(question, candidates, question.answers().stream().anyMatch(publicIds::contains)));
        }
        return rows;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** A calibration that keeps the fused rank order (the neutral ranking of {@link AnswerCalibrationFit}). */
    static AnswerCalibration rankOrder() {
        double[] weights = new double[AnswerFeatures.NAMES.size()];
        weights[AnswerFeatures.NAMES.indexOf("bm25Reciprocal")] = 1;
        weights[AnswerFeatures.NAMES.indexOf("denseReciprocal")] = 1;
        return new AnswerCalibration(0, weights, "rank order");
    }

    private static void printPriorSummary(Map<String, Map<String, Double>> prior) {
        List<Map.Entry<String, Double>> peaks = new ArrayList<>();
        prior.forEach((intent, articles) -> peaks.add(Map.entry(intent,
                articles.values().stream().mapToDouble(Double::doubleValue).max().orElse(0))));
        peaks.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        System.out.println("most concentrated intents (top article, its prior):");
        for (Map.Entry<String, Double> e : peaks.subList(0, Math.min(8, peaks.size()))) {
            System.out.printf(Locale.ROOT, "  %-40s %-45s %.2f%n", e.getKey(),
                    topArticle(prior.get(e.getKey())), e.getValue());
        }
        System.out.println("most scattered intents:");
        for (Map.Entry<String, Double> e : peaks.subList(Math.max(0, peaks.size() - 5), peaks.size())) {
            System.out.printf(Locale.ROOT, "  %-40s %-45s %.2f%n", e.getKey(),
                    topArticle(prior.get(e.getKey())), e.getValue());
        }
    }

    private static String topArticle(Map<String, Double> articles) {
        return articles.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse("-");
    }

    private static void measureCpu(IntentClassifier classifier, List<LabelledQuestions.Question> questions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = Math.min(50, questions.size());
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < n; i++) {
            classifier.probabilities(questions.get(i).text());
        }
        double withEmbedding = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        double wallMs = (System.nanoTime() - wall) / 1e6 / n;
        System.out.printf(Locale.ROOT, "intent classification of a message (own MiniLM embedding, uncached): %.2f ms CPU "
                + "on the calling thread, %.1f ms wall (%d messages)%n", withEmbedding, wallMs, n);
    }

    private static void measureRescoreCpu(AnswerRetrieval retrieval, AnswerCalibration rankOrder, IntentPrior prior,
                                          TextEmbedder plain, List<LabelledQuestions.Question> questions) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = Math.min(50, questions.size());
        List<List<AnswerRetrieval.Scored>> fused = new ArrayList<>();
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            fused.add(retrieval.search(questions.get(i).text(), AnswerRetrieval.POOL, rankOrder));
        }
        double base = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        fused.clear();
        cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            fused.add(retrieval.search(questions.get(i).text(), CANDIDATES, rankOrder));
        }
        double wide = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
            IntentPriorRanking.features(questions.get(i).text(), fused.get(i), prior, plain);
        }
        double added = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / n;
        System.out.printf(Locale.ROOT, "CPU per message on the calling thread (query embeddings cached for the search): "
                + "search of the first 6 fused %.2f ms, of the first %d %.2f ms; intent prior features with an uncached "
                + "MiniLM embedding of the message %.2f ms (%d messages)%n", base, CANDIDATES, wide, added, n);
    }

    /** Cross-validated figures of one variant. */
    record Summary(double hit1, double hit3, String bestAt20) {
    }

    private static Summary report(String name, List<Row> rows, boolean extended) {
        Map<String, double[]> betaByMessage = new HashMap<>();
        int folds = AnswerCalibrationFit.FOLDS;
        for (int fold = 0; fold < folds; fold++) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (i % folds == fold) {
                    continue;
                }
                for (Candidate c : rows.get(i).candidates()) {
                    x.add(extended ? c.extended() : c.base());
                    y.add(c.positive());
                }
            }
            double[] beta = LogisticFit.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                    AnswerCalibrationFit.LAMBDA);
            for (int i = fold; i < rows.size(); i += folds) {
                betaByMessage.put(rows.get(i).question().id(), beta);
            }
        }
        int answerable = 0;
        int hit1 = 0;
        int hit3 = 0;
        List<double[]> scored = new ArrayList<>(); // top confidence, second confidence, top correct, answerable
        for (Row row : rows) {
            double[] beta = betaByMessage.get(row.question().id());
            List<Map.Entry<String, Double>> ranked = new ArrayList<>();
            for (Candidate c : row.candidates()) {
                ranked.add(Map.entry(c.documentId(), probability(beta, extended ? c.extended() : c.base())));
            }
            ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
            Set<String> labels = new HashSet<>(row.question().answers());
            if (row.answerable()) {
                answerable++;
                hit1 += !ranked.isEmpty() && labels.contains(ranked.get(0).getKey()) ? 1 : 0;
                hit3 += ranked.stream().limit(3).anyMatch(e -> labels.contains(e.getKey())) ? 1 : 0;
            }
            double first = ranked.isEmpty() ? 0 : ranked.get(0).getValue();
            double second = ranked.size() < 2 ? 0 : ranked.get(1).getValue();
            boolean right = !ranked.isEmpty() && labels.contains(ranked.get(0).getKey());
            scored.add(new double[] {first, second, right ? 1 : 0, row.answerable() ? 1 : 0});
        }
        System.out.printf(Locale.ROOT, "%n%s: cross-validated confidence ranking hit@1 %.1f %%, hit@3 %.1f %% of %d "
                + "answerable%n", name, 100.0 * hit1 / answerable, 100.0 * hit3 / answerable, answerable);
        System.out.println("  threshold  precision  recall  wrong/answered");
        String bestAt20 = "none";
        double bestPrecision = -1;
        for (int step = 2; step <= 18; step++) {
            double threshold = step * 0.05;
            int correct = 0;
            int wrong = 0;
            for (double[] s : scored) {
                boolean answer = s[0] >= threshold && (s[0] - s[1] >= MARGIN || s[1] < Math.min(threshold, CLARIFY));
                if (answer) {
                    if (s[2] == 1) {
                        correct++;
                    } else {
                        wrong++;
                    }
                }
            }
            double precision = correct + wrong == 0 ? Double.NaN : 100.0 * correct / (correct + wrong);
            double recall = 100.0 * correct / answerable;
            System.out.printf(Locale.ROOT, "  %8.2f  %8.1f %%  %5.1f %%  %d / %d%n", threshold, precision, recall, wrong,
                    correct + wrong);
            if (recall >= 20 && precision > bestPrecision) {
                bestPrecision = precision;
                bestAt20 = String.format(Locale.ROOT, "%.1f %% (threshold %.2f, recall %.1f %%)", precision, threshold,
                        recall);
            }
        }
        return new Summary(100.0 * hit1 / answerable, 100.0 * hit3 / answerable, bestAt20);
    }

    private static double probability(double[] beta, double[] x) {
        double z = beta[0];
        for (int i = 0; i < x.length; i++) {
            z += beta[i + 1] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }
}
