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
import org.switchboard.core.intent.CachingTextEmbedder;
import org.switchboard.core.intent.IntentClassifier;
import org.switchboard.core.intent.IntentClassifierTrainer;
import org.switchboard.core.intent.IntentPrediction;
import org.switchboard.core.intent.IntentTrainingOptions;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.MiniLmTextEmbedder;
import org.switchboard.core.intent.TextEmbedder;

/**
 * Out-of-scope detection on CLINC150 (Larson et al. 2019, "data_full"): the production classifier is trained on the
 * training file (150 intents; its {@code oos_train} messages only calibrate the out-of-scope threshold, as
 * {@link IntentClassifierTrainer} does) and evaluated on the validation file.
 *
 * <p>Usage: {@code Clinc150Benchmark [--train JSON] [--eval JSON] [--embedding-cache FILE]} (plus the tuning flags
 * of {@link TuningFlags}; {@code --embedding-cache} as in {@link Banking77Benchmark}); defaults: the CLINC150 files in the repository,
 * {@code test-fixtures/intent/clinc150/train-subset.json} (the first 20 training messages of each intent, all 100
 * {@code oos_train}) and {@code test-fixtures/intent/clinc150/val.json} (the whole validation split); pass
 * {@code --train} with the whole 15,000-message training file for the published figures (docs/FIXTURES.md).
 * Any CLINC150-style JSON works for {@code --eval} (e.g. one holding {@code test} and {@code oos_test}).
 *
 * <p>Figures, as defined by Larson et al.: in-scope accuracy = share of in-scope messages given their true intent and
 * not flagged out of scope; out-of-scope recall = share of {@code oos} messages flagged out of scope. Also printed:
 * in-scope accuracy without the threshold, and the calibrated threshold. The last line printed is the headline.
 */
public final class Clinc150Benchmark {

    private static final String DEFAULT_TRAIN = "test-fixtures/intent/clinc150/train-subset.json";
    private static final String DEFAULT_EVAL = "test-fixtures/intent/clinc150/val.json";

    private Clinc150Benchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args see the class description
     * @throws IOException if a data file cannot be read
     */
    public static void main(String[] args) throws IOException {
        Set<String> allowed = new HashSet<>(TuningFlags.NAMES);
        allowed.addAll(Set.of("train", "eval", "embedding-cache"));
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, allowed);
        Path trainFile = arguments.path("train", DEFAULT_TRAIN);
        Path evalFile = arguments.path("eval", DEFAULT_EVAL);
        IntentTrainingOptions options = TuningFlags.apply(arguments, IntentTrainingOptions.defaults());
        List<LabelledExample> train = IntentDatasets.readClincJson(trainFile);
        List<LabelledExample> eval = IntentDatasets.readClincJson(evalFile);
        String oos = options.outOfScopeLabel();
        System.out.printf(Locale.ROOT, "training file %s: %d messages (%d out of scope)%n", trainFile, train.size(),
                train.stream().filter(e -> e.intent().equals(oos)).count());
        System.out.println("options: " + options);

        long start = System.nanoTime();
        MiniLmTextEmbedder model = new MiniLmTextEmbedder();
        TextEmbedder stored = arguments.optionalPath("embedding-cache") == null ? model
                : new EmbeddingCacheFile(model, arguments.optionalPath("embedding-cache"));
        CachingTextEmbedder cache = new CachingTextEmbedder(stored);
        cache.embed(train.stream().map(LabelledExample::text).toList());
        cache.embed(eval.stream().map(LabelledExample::text).toList());
        if (stored instanceof EmbeddingCacheFile file) {
            file.save();
        }
        System.out.printf(Locale.ROOT, "embedded %d distinct texts in %.1f s%n", cache.size(),
                Banking77Benchmark.seconds(start));
        IntentClassifier classifier = new IntentClassifierTrainer(cache, options).train(train);
        System.out.printf(Locale.ROOT, "trained on %d intents in %.1f s; calibrated threshold %.4f%n",
                classifier.intents().size(), Banking77Benchmark.seconds(start), classifier.threshold());

        List<LabelledExample> inScope = eval.stream().filter(e -> !e.intent().equals(oos)).toList();
        List<LabelledExample> outOfScope = eval.stream().filter(e -> e.intent().equals(oos)).toList();
        if (inScope.isEmpty() || outOfScope.isEmpty()) {
            throw new IOException(evalFile + ": needs both in-scope and out-of-scope (" + oos + ") messages");
        }
        List<IntentPrediction> inPredictions = classifier.classifyAll(inScope.stream().map(LabelledExample::text).toList());
        List<IntentPrediction> outPredictions = classifier.classifyAll(outOfScope.stream().map(LabelledExample::text).toList());
        List<String> gold = inScope.stream().map(LabelledExample::intent).toList();
        List<String> thresholded = new ArrayList<>();
        for (IntentPrediction p : inPredictions) {
            thresholded.add(p.outOfScope() ? oos : p.intent());
        }
        double inScopeAccuracy = ClassificationMetrics.accuracy(thresholded, gold);
        double rawAccuracy = ClassificationMetrics.accuracy(inPredictions.stream().map(IntentPrediction::intent).toList(),
                gold);
        boolean[] flagged = new boolean[outPredictions.size()];
        for (int i = 0; i < flagged.length; i++) {
            flagged[i] = outPredictions.get(i).outOfScope();
        }
        double oosRecall = ClassificationMetrics.share(flagged);
        boolean[] wronglyFlagged = new boolean[inPredictions.size()];
        for (int i = 0; i < wronglyFlagged.length; i++) {
            wronglyFlagged[i] = inPredictions.get(i).outOfScope();
        }
        System.out.printf(Locale.ROOT, "evaluation file %s: %d in-scope, %d out-of-scope messages%n", evalFile,
                inScope.size(), outOfScope.size());
        System.out.printf(Locale.ROOT, "in-scope accuracy without threshold: %.2f %%%n", 100 * rawAccuracy);
        System.out.printf(Locale.ROOT, "in-scope messages flagged out of scope: %.2f %%%n",
                100 * ClassificationMetrics.share(wronglyFlagged));
        System.out.printf(Locale.ROOT, "total time %.1f s%n", Banking77Benchmark.seconds(start));
        System.out.printf(Locale.ROOT, "CLINC150 %s: in-scope accuracy %.2f %%, out-of-scope recall %.2f %%%n",
                evalFile.getFileName(), 100 * inScopeAccuracy, 100 * oosRecall);
    }
}
