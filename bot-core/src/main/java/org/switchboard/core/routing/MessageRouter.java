package org.switchboard.core.routing;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.privacy.Logs;

/**
 * The application's router: a {@link RoutingModel} trained once, on first use, on the built-in
 * {@link RoutingExamples} plus the admin's own file ({@code SWITCHBOARD_ROUTING_EXAMPLES_FILE}, same format; its
 * examples add to the built-in ones, so a label can be taught new phrasings or a new agent name). Training takes a
 * few seconds on one core, in the background from start-up (a turn arriving before it is done waits for it);
 * thread-safe afterwards.
 *
 * <p>Configuration: {@code switchboard.routing.min-confidence} (default 0.5), the lowest probability the offline
 * agent acts on; {@code switchboard.routing.examples-file} (no default), the admin's examples.
 */
@ApplicationScoped
public class MessageRouter {

    private static final Logger LOG = Logs.logger(MessageRouter.class);

    private double minConfidence;
    private Optional<String> examplesFile;
    private volatile RoutingModel model;

    /** The application server's default managed executor (start-up training). */
    @Resource
    ManagedExecutorService executor;

    /** For CDI. */
    protected MessageRouter() {
    }

    /**
     * @param minConfidence the lowest probability acted upon, in [0, 1]
     * @param examplesFile  path of the admin's own examples, if any
     */
    @Inject
    public MessageRouter(@ConfigProperty(name = "switchboard.routing.min-confidence", defaultValue = "0.5") double minConfidence,
                         @ConfigProperty(name = "switchboard.routing.examples-file") Optional<String> examplesFile) {
        this.minConfidence = minConfidence;
        this.examplesFile = examplesFile;
    }

    /**
     * Trains the model in the background when the application starts, so that the first customer does not wait for
     * it (a turn that comes first simply waits for the same training). A failure here is logged; the first turn
     * then retries and reports it.
     *
     * @param startup the container's start-up event
     */
    void warmUp(@Observes Startup startup) {
        executor.execute(() -> {
            try {
                model();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Training the routing model at start-up failed", e);
            }
        });
    }

    /**
     * @param text the customer's cleaned message
     * @return where it should go
     * @throws UncheckedIOException if the admin's examples file cannot be read (the turn fails and is retried; the
     *                              error names the file and line)
     */
    public Route route(String text) {
        return model().route(text);
    }

    private RoutingModel model() {
        RoutingModel trained = model;
        if (trained == null) {
            synchronized (this) {
                trained = model;
                if (trained == null) {
                    trained = train();
                    model = trained;
                }
            }
        }
        return trained;
    }

    private RoutingModel train() {
        long start = System.nanoTime();
        List<LabelledExample> examples = new ArrayList<>(RoutingExamples.builtIn());
        if (examplesFile.isPresent() && !examplesFile.get().isBlank()) {
            try {
                examples.addAll(RoutingExamples.read(Path.of(examplesFile.get())));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the routing examples file " + examplesFile.get(), e);
            }
        }
        RoutingModel trained = RoutingModel.train(examples, minConfidence);
        LOG.info(() -> String.format("Routing model trained on %d examples, labels %s, in %d ms", examples.size(),
                trained.labels(), (System.nanoTime() - start) / 1_000_000));
        return trained;
    }
}
