package org.switchboard.bench.intent;

import java.util.Objects;
import java.util.Set;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.core.intent.IntentTrainingOptions;
import org.switchboard.core.intent.SoftmaxRegression;

/**
 * The tuning flags every intent benchmark accepts: {@code --epochs N}, {@code --rate R}, {@code --l2 L} and
 * {@code --embedding-weight W} override {@link IntentTrainingOptions#defaults()} for experiments. Figures recorded in
 * docs/BENCHMARKS.md are measured without them (the production defaults).
 */
final class TuningFlags {

    /** The flag names, without {@code --}. */
    static final Set<String> NAMES = Set.of("epochs", "rate", "l2", "embedding-weight");

    private TuningFlags() {
    }

    /**
     * @param arguments the parsed command line
     * @param base      the options to start from
     * @return base with the tuning flags given on the command line applied
     * @throws IllegalArgumentException if a flag value is not a number or out of range
     */
    static IntentTrainingOptions apply(BenchmarkCommandLine arguments, IntentTrainingOptions base) {
        Objects.requireNonNull(base, "base");
        SoftmaxRegression.Hyperparameters h = base.hyperparameters();
        return base.withHyperparameters(new SoftmaxRegression.Hyperparameters(arguments.integer("epochs", h.epochs()),
                        arguments.number("rate", h.learningRate()), arguments.number("l2", h.l2()), h.seed()))
                .withEmbeddingWeight(arguments.number("embedding-weight", base.embeddingWeight()));
    }
}
