package org.switchboard.bench.routing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.bench.intent.CrossValidation;
import org.switchboard.bench.intent.IntentDatasets;
import org.switchboard.bench.metrics.Latencies;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.routing.Route;
import org.switchboard.core.routing.RoutingExamples;
import org.switchboard.core.routing.RoutingModel;

/**
 * Measures the offline agent's router: the {@link RoutingModel} trained on the built-in {@link RoutingExamples}
 * exactly as at run time (same examples, options and threshold).
 *
 * <p>Figures: stratified 5-fold cross-validation on the built-in examples (agent accuracy; share of messages the
 * router is confident about and accuracy on those; recall per label), training time and routing latency; then the
 * model trained on all built-in examples, applied to held-out messages it never saw: CLINC150's validation split
 * relabelled by the same mapping, and CLINC150's out-of-scope validation messages (none of which a support agent
 * handles: counted as rejected when routed off topic or not confidently). With {@code --eval FILE} (a routing TSV,
 * {@code label<TAB>message}) that file is evaluated instead. The last line printed is the headline.
 *
 * <p>Usage: {@code RoutingBenchmark [--clinc-val JSON] [--eval TSV] [--min-confidence P]}; defaults
 * {@code test-fixtures/intent/clinc150/val.json} and the run-time default 0.5.
 */
public final class RoutingBenchmark {

    private static final String DEFAULT_CLINC_VAL = "test-fixtures/intent/clinc150/val.json";

    private RoutingBenchmark() {
    }

    /**
     * Runs the benchmark and prints its figures.
     *
     * @param args see the class description
     * @throws IOException if a data file cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, Set.of("clinc-val", "eval", "min-confidence"));
        double minConfidence = arguments.number("min-confidence", 0.5);
        List<LabelledExample> builtIn = RoutingExamples.builtIn();
        System.out.printf(Locale.ROOT, "built-in routing examples: %d %s%n", builtIn.size(), counts(builtIn));
        System.out.println("options: " + RoutingModel.options(minConfidence));

        Scores cv = new Scores();
        long trainNanos = 0;
        for (CrossValidation.Fold fold : CrossValidation.stratified(builtIn, 5, 42L)) {
            long start = System.nanoTime();
            RoutingModel model = RoutingModel.train(fold.train(), minConfidence);
            trainNanos += System.nanoTime() - start;
            cv.add(model, fold.test());
        }
        System.out.printf(Locale.ROOT, "training on 4/5 of the examples: %.2f s per fold%n", trainNanos / 5 / 1e9);
        cv.print("5-fold cross-validation");

        RoutingModel model = RoutingModel.train(builtIn, minConfidence);
        Path evalFile = arguments.optionalPath("eval");
        if (evalFile != null) {
            Scores given = new Scores().add(model, RoutingExamples.read(evalFile));
            given.print(evalFile.getFileName().toString());
            System.out.printf(Locale.ROOT, "Routing: 5-fold accuracy %.2f %%, %s accuracy %.2f %%%n",
                    100 * cv.accuracy(), evalFile.getFileName(), 100 * given.accuracy());
            return;
        }
        Path clincFile = arguments.path("clinc-val", DEFAULT_CLINC_VAL);
        List<LabelledExample> clinc = IntentDatasets.readClincJson(clincFile);
        List<LabelledExample> mapped = RoutingExamplesBuilder.build(
                RoutingExamplesBuilder.readMapping().stream().filter(m -> m.dataset().equals("clinc150"))
                        .map(m -> new RoutingExamplesBuilder.Mapping(m.dataset(), m.intent(), m.agent(), Integer.MAX_VALUE))
                        .toList(),
                Map.of("clinc150", clinc));
        Scores heldOut = new Scores().add(model, mapped);
        heldOut.print("CLINC150 validation, mapped intents (held out)");
        List<String> oos = clinc.stream().filter(e -> e.intent().equals("oos")).map(LabelledExample::text).toList();
        long rejected = oos.stream().map(model::route).filter(r -> r.offTopic() || !r.confident()).count();
        double oosRejection = (double) rejected / oos.size();
        System.out.printf(Locale.ROOT, "CLINC150 out-of-scope validation messages not routed to an agent: %d / %d%n",
                rejected, oos.size());
        System.out.printf(Locale.ROOT, "Routing: 5-fold accuracy %.2f %%, held-out CLINC150 accuracy %.2f %%, "
                + "out-of-scope rejected %.2f %%%n", 100 * cv.accuracy(), 100 * heldOut.accuracy(), 100 * oosRejection);
    }

    private static Map<String, Long> counts(List<LabelledExample> examples) {
        return examples.stream().collect(Collectors.groupingBy(LabelledExample::intent, TreeMap::new, Collectors.counting()));
    }

    /** Accumulated routing outcomes against gold labels. */
    private static final class Scores {
        private final Map<String, int[]> perLabel = new TreeMap<>();
        private final List<Double> latenciesMs = new ArrayList<>();
        private int total;
        private int correct;
        private int confident;
        private int confidentCorrect;

        Scores add(RoutingModel model, List<LabelledExample> examples) {
            for (LabelledExample example : examples) {
                long start = System.nanoTime();
                Route route = model.route(example.text());
                latenciesMs.add((System.nanoTime() - start) / 1e6);
                boolean right = route.label().equals(example.intent());
                total++;
                correct += right ? 1 : 0;
                confident += route.confident() ? 1 : 0;
                confidentCorrect += route.confident() && right ? 1 : 0;
                int[] label = perLabel.computeIfAbsent(example.intent(), k -> new int[2]);
                label[0]++;
                label[1] += right ? 1 : 0;
            }
            return this;
        }

        double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }

        void print(String title) {
            double[] latencies = latenciesMs.stream().mapToDouble(Double::doubleValue).toArray();
            System.out.printf(Locale.ROOT, "%s: %d messages, accuracy %.2f %%, confident %.2f %% of them with accuracy "
                            + "%.2f %%; latency p50 %.3f ms, p99 %.3f ms%n", title, total, 100 * accuracy(),
                    100.0 * confident / total, confident == 0 ? 0 : 100.0 * confidentCorrect / confident,
                    Latencies.percentile(latencies, 50), Latencies.percentile(latencies, 99));
            perLabel.forEach((label, n) -> System.out.printf(Locale.ROOT, "  %-10s recall %6.2f %% (%d)%n", label,
                    100.0 * n[1] / n[0], n[0]));
        }
    }
}
