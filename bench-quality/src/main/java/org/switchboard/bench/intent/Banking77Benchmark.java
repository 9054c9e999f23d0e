package org.switchboard.bench.intent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.bench.metrics.ClassificationMetrics;
import org.switchboard.bench.metrics.Latencies;
import org.switchboard.core.intent.CachingTextEmbedder;
import org.switchboard.core.intent.FeatureSet;
import org.switchboard.core.intent.IntentClassifier;
import org.switchboard.core.intent.IntentClassifierTrainer;
import org.switchboard.core.intent.IntentPrediction;
import org.switchboard.core.intent.IntentTrainingOptions;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.MiniLmTextEmbedder;
import org.switchboard.core.intent.TextEmbedder;

/**
 * Intent routing on BANKING77 (Casanueva et al. 2020): the production hybrid classifier beside the TF-IDF linear
 * baseline, trained with the same trainer and hyper-parameters.
 *
 * <p>Usage: {@code Banking77Benchmark [--train CSV] [--eval CSV] [--folds K] [--embedding-cache FILE]} (plus the
 * tuning flags of {@link TuningFlags}); {@code --embedding-cache} keeps the embeddings in a file for the next run
 * ({@link EmbeddingCacheFile}; latency is always measured with the plain model).
 * <ul>
 *   <li>Without {@code --eval}: stratified K-fold cross-validation (default 5, seed 42) on the training file
 *       (default {@code test-fixtures/intent/banking77/train.csv}, the whole file); accuracy of both models.</li>
 *   <li>With {@code --eval}: both models trained on the whole training file, accuracy on the given CSV (same
 *       columns {@code text,category}, e.g. the official test split).</li>
 * </ul>
 * Accuracy is of the most probable intent (BANKING77 has no out-of-scope messages, so threshold calibration is
 * switched off here; it does not change the most probable intent). Latency: {@link IntentClassifier#classify} of one
 * message at a time, single-threaded, with the plain embedding model (no cache), over up to 1,000 held-out messages
 * after 50 warm-up calls. The last line printed is the headline.
 */
public final class Banking77Benchmark {

    private static final String DEFAULT_TRAIN = "test-fixtures/intent/banking77/train.csv";
    private static final long SEED = 42L;
    private static final int LATENCY_SAMPLES = 1000;
    private static final int WARM_UP = 50;

    private Banking77Benchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args see the class description
     * @throws IOException if a data file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Set<String> allowed = new HashSet<>(TuningFlags.NAMES);
        allowed.addAll(Set.of("train", "eval", "folds", "embedding-cache"));
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, allowed);
        Path trainFile = arguments.path("train", DEFAULT_TRAIN);
        Path evalFile = arguments.optionalPath("eval");
        List<LabelledExample> train = IntentDatasets.readBanking77Csv(trainFile);
        IntentTrainingOptions hybrid = TuningFlags.apply(arguments, IntentTrainingOptions.defaults()).withCalibrationFraction(0);
        IntentTrainingOptions baseline = hybrid.withFeatures(FeatureSet.TFIDF);
        System.out.printf(Locale.ROOT, "training file %s: %d messages, %d intents%n", trainFile, train.size(),
                train.stream().map(LabelledExample::intent).distinct().count());
        System.out.println("hybrid options: " + hybrid);

        long start = System.nanoTime();
        MiniLmTextEmbedder model = new MiniLmTextEmbedder();
        TextEmbedder stored = arguments.optionalPath("embedding-cache") == null ? model
                : new EmbeddingCacheFile(model, arguments.optionalPath("embedding-cache"));
        CachingTextEmbedder cache = new CachingTextEmbedder(stored);
        cache.embed(train.stream().map(LabelledExample::text).toList());
        if (evalFile != null) {
            cache.embed(IntentDatasets.readBanking77Csv(evalFile).stream().map(LabelledExample::text).toList());
        }
        if (stored instanceof EmbeddingCacheFile file) {
            file.save();
        }
        System.out.printf(Locale.ROOT, "embedded %d distinct training texts in %.1f s%n", cache.size(),
                seconds(start));

        double hybridAccuracy;
        double baselineAccuracy;
        List<String> latencyTexts;
        IntentClassifier latencyModel;
        String scope;
        if (evalFile == null) {
            int k = arguments.integer("folds", 5);
            List<CrossValidation.Fold> folds = CrossValidation.stratified(train, k, SEED);
            double hybridSum = 0;
            double baselineSum = 0;
            latencyModel = null;
            latencyTexts = List.of();
            for (int f = 0; f < folds.size(); f++) {
                CrossValidation.Fold fold = folds.get(f);
                long foldStart = System.nanoTime();
                IntentClassifier h = new IntentClassifierTrainer(cache, hybrid).train(fold.train());
                double ha = accuracy(h, fold.test());
                IntentClassifier b = new IntentClassifierTrainer(cache, baseline).train(fold.train());
                double ba = accuracy(b, fold.test());
                System.out.printf(Locale.ROOT, "fold %d/%d (%d test): hybrid %.2f %%, TF-IDF %.2f %% (%.1f s)%n",
                        f + 1, k, fold.test().size(), 100 * ha, 100 * ba, seconds(foldStart));
                hybridSum += ha;
                baselineSum += ba;
                if (f == 0) {
                    latencyModel = h.withEmbedder(model);
                    latencyTexts = texts(fold.test());
                }
            }
            hybridAccuracy = hybridSum / k;
            baselineAccuracy = baselineSum / k;
            scope = k + "-fold CV accuracy on " + trainFile.getFileName();
        } else {
            List<LabelledExample> eval = IntentDatasets.readBanking77Csv(evalFile);
            IntentClassifier h = new IntentClassifierTrainer(cache, hybrid).train(train);
            IntentClassifier b = new IntentClassifierTrainer(cache, baseline).train(train);
            hybridAccuracy = accuracy(h, eval);
            baselineAccuracy = accuracy(b, eval);
            latencyModel = h.withEmbedder(model);
            latencyTexts = texts(eval);
            scope = "accuracy on " + evalFile + " (" + eval.size() + " messages)";
        }
        double[] millis = latencies(latencyModel, latencyTexts);
        System.out.printf(Locale.ROOT, "TF-IDF baseline (word 1-2 + char 2-5 n-grams, softmax regression): %.2f %%%n",
                100 * baselineAccuracy);
        System.out.printf(Locale.ROOT, "hybrid (all-MiniLM-L6-v2 embedding + TF-IDF, softmax regression): %.2f %%%n",
                100 * hybridAccuracy);
        System.out.printf(Locale.ROOT, "latency per message (hybrid, embedding included, 1 thread, n=%d): p50 %.2f ms,"
                + " p99 %.2f ms%n", millis.length, Latencies.percentile(millis, 50), Latencies.percentile(millis, 99));
        System.out.printf(Locale.ROOT, "total time %.1f s%n", seconds(start));
        System.out.printf(Locale.ROOT, "BANKING77 %s: hybrid %.2f %% vs TF-IDF baseline %.2f %%%n", scope,
                100 * hybridAccuracy, 100 * baselineAccuracy);
    }

    private static List<String> texts(List<LabelledExample> examples) {
        return examples.stream().map(LabelledExample::text).toList();
    }

    static double accuracy(IntentClassifier classifier, List<LabelledExample> test) {
        List<String> predicted = classifier.classifyAll(texts(test)).stream().map(IntentPrediction::intent).toList();
        return ClassificationMetrics.accuracy(predicted, test.stream().map(LabelledExample::intent).toList());
    }

    static double[] latencies(IntentClassifier classifier, List<String> texts) {
        for (int i = 0; i < Math.min(WARM_UP, texts.size()); i++) {
            classifier.classify(texts.get(i));
        }
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < Math.min(LATENCY_SAMPLES, texts.size()); i++) {
            long t0 = System.nanoTime();
            classifier.classify(texts.get(i));
            samples.add((System.nanoTime() - t0) / 1e6);
        }
        return samples.stream().mapToDouble(Double::doubleValue).toArray();
    }

    static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

}
