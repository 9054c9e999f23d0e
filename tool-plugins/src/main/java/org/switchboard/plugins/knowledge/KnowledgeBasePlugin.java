package org.switchboard.plugins.knowledge;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.tool.PluginDescriptor;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolDefinition;
import org.switchboard.core.tool.ToolPlugin;
import org.switchboard.core.tool.ToolResult;

/**
 * Tool plugin {@value #ID}: full-text search over the customer-facing articles of a knowledge base, offered
 * to the model as the tool {@value KnowledgeSearchTool#NAME} (risk {@code READ}; arguments {@code query},
 * a required non-blank string, and {@code limit}, an optional integer from 1 to 10, default 5). Internal
 * articles are never returned.
 *
 * <p>The index is built once at start-up ({@link PostConstruct}) from
 * <ul>
 *   <li>the directory named by the MicroProfile Config property {@value #DIRECTORY_PROPERTY} (environment
 *       variable {@code SWITCHBOARD_KB_DIRECTORY}), read with
 *       {@link KnowledgeDocumentLoader#fromDirectory(Path)}, when set and not blank; or</li>
 *   <li>the bundled Rho-Bank sample ({@value KnowledgeDocumentLoader#BUNDLED_BASE} on the classpath).</li>
 * </ul>
 * If loading fails the plugin still starts (so the other tools keep working), logs the failure and answers
 * every call with an error result saying the knowledge base is unavailable.
 *
 * <p>Outside CDI, use {@link #KnowledgeBasePlugin(KnowledgeIndex)}.
 */
@ApplicationScoped
public class KnowledgeBasePlugin implements ToolPlugin {

    /** The plugin id. */
    public static final String ID = "knowledge-base";
    /** The plugin version. */
    public static final String VERSION = "1.0.0";
    /** MicroProfile Config property naming a knowledge-base directory on disk. */
    public static final String DIRECTORY_PROPERTY = "switchboard.kb.directory";
    /** MicroProfile Config property naming the embedding model ({@link KnowledgeEmbeddingModel}) or {@code none}. */
    public static final String MODEL_PROPERTY = "switchboard.kb.embedding-model";
    /** MicroProfile Config property: whether customer-language intent priors re-score the search (default true). */
    public static final String INTENT_PRIOR_PROPERTY = "switchboard.kb.intent-prior";
    /** The embedding model used when {@value #MODEL_PROPERTY} is not set. */
    public static final String DEFAULT_MODEL = "all-minilm-l6-v2";

    private static final Logger LOG = Logs.logger(KnowledgeBasePlugin.class);
    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Searches the customer-facing articles of the knowledge base (BM25 fused with sentence embeddings, "
                    + "calibrated confidence).");

    private Optional<String> directory = Optional.empty();
    private String modelName = DEFAULT_MODEL;
    private volatile AnswerRetrieval retrieval;
    /** The embedding model loaded by {@link #start()}, if any; closed by {@link #stop()} (native memory). */
    private volatile org.switchboard.core.intent.TextEmbedder loadedEmbedder;
    /** {@value #INTENT_PRIOR_PROPERTY}; injected as a field so that the constructors stay as they are. */
    @Inject
    @ConfigProperty(name = INTENT_PRIOR_PROPERTY, defaultValue = "true")
    boolean intentPriorEnabled = true;

    /** For CDI's client proxy only; the container uses {@link #KnowledgeBasePlugin(Optional)}. */
    protected KnowledgeBasePlugin() {
    }

    /**
     * The CDI constructor; the index is built by {@link #start()}.
     *
     * @param directory the value of {@value #DIRECTORY_PROPERTY}, empty to use the bundled sample
     */
    @Inject
    public KnowledgeBasePlugin(@ConfigProperty(name = DIRECTORY_PROPERTY) Optional<String> directory,
                               @ConfigProperty(name = MODEL_PROPERTY, defaultValue = DEFAULT_MODEL) String modelName) {
        this.directory = directory == null ? Optional.empty() : directory;
        this.modelName = modelName == null ? DEFAULT_MODEL : modelName;
    }

    /**
     * A plugin over the configured directory (or the bundled sample) with BM25 alone, no embedding model (tests).
     *
     * @param directory the knowledge-base directory, empty for the bundled sample
     */
    public KnowledgeBasePlugin(Optional<String> directory) {
        this(directory, "none");
    }

    /**
     * A ready plugin searching a given BM25 index alone, with the bundled BM25 calibration; titles come from the index
     * and no article has an address (tests). {@link #start()} leaves it alone.
     *
     * @param index the index to search; the plugin closes it in {@link #stop()}
     * @throws NullPointerException if index is null
     * @throws java.io.UncheckedIOException if the bundled calibration cannot be read
     */
    public KnowledgeBasePlugin(KnowledgeIndex index) {
        this(index, List.of());
    }

    /**
     * A ready plugin searching a given BM25 index alone, with the bundled BM25 calibration (tests).
     * {@link #start()} leaves it alone.
     *
     * @param index     the index to search; the plugin closes it in {@link #stop()}
     * @param documents the indexed articles
     * @throws NullPointerException if an argument is null
     * @throws java.io.UncheckedIOException if the bundled calibration cannot be read
     */
    public KnowledgeBasePlugin(KnowledgeIndex index, List<KnowledgeDocument> documents) {
        this(new AnswerRetrieval(Objects.requireNonNull(index, "index"), null, documents,
                bundledCalibration(AnswerCalibration.LEXICAL_RESOURCE)));
    }

    /**
     * A ready plugin searching with a given retrieval (tests, the answer benchmark). {@link #start()} leaves it alone.
     *
     * @param retrieval the search; the plugin closes its BM25 index in {@link #stop()}
     * @throws NullPointerException if retrieval is null
     */
    public KnowledgeBasePlugin(AnswerRetrieval retrieval) {
        this.retrieval = Objects.requireNonNull(retrieval, "retrieval");
    }

    private static AnswerCalibration bundledCalibration(String resource) {
        try {
            return AnswerCalibration.bundled(resource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Builds the index from the configured directory or the bundled sample, unless one was given, and logs the
     * number of articles and passages and the time taken. Never throws: a failure is logged and the plugin
     * answers calls with an error.
     */
    @PostConstruct
    void start() {
        if (retrieval != null) {
            return;
        }
        long started = System.nanoTime();
        Optional<Path> configured = directory.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        String source = configured.map(Path::toString).orElse("classpath:" + KnowledgeDocumentLoader.BUNDLED_BASE);
        try {
            KnowledgeDocumentLoader loader = new KnowledgeDocumentLoader();
            List<KnowledgeDocument> documents = configured.isPresent()
                    ? loader.fromDirectory(configured.get())
                    : loader.bundled();
            KnowledgeIndex built = new KnowledgeIndex(documents);
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Knowledge base " + source + ": indexed " + built.documentCount() + " articles ("
                    + built.internalDocumentCount() + " internal, never shown to customers) as "
                    + built.passageCount() + " passages in " + millis + " ms");
            retrieval = withEmbeddings(built, documents);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Knowledge base " + source + " could not be loaded; tool " + KnowledgeSearchTool.NAME
                    + " will answer with an error", e);
        }
    }

    /**
     * Adds the configured embedding model when it loads; otherwise BM25 alone (logged).
     *
     * @throws IOException if a bundled calibration cannot be read
     */
    private AnswerRetrieval withEmbeddings(KnowledgeIndex built, List<KnowledgeDocument> documents) throws IOException {
        Optional<KnowledgeEmbeddingModel> model = KnowledgeEmbeddingModel.named(modelName);
        Optional<org.switchboard.core.intent.TextEmbedder> embedder = model.flatMap(KnowledgeEmbeddingModel::load);
        loadedEmbedder = embedder.orElse(null);
        if (embedder.isEmpty()) {
            LOG.info(() -> "Knowledge base: no embedding model (" + modelName.replaceAll("\\p{Cntrl}", "?") + " not available or "
                    + "switched off); searching with BM25 alone");
            return new AnswerRetrieval(built, null, documents, AnswerCalibration.bundled(AnswerCalibration.LEXICAL_RESOURCE));
        }
        long started = System.nanoTime();
        Optional<Path> configured = directory.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        DenseKnowledgeIndex dense = denseIndex(documents, model.get(), embedder.get(), configured);
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Knowledge base: " + dense.passageCount() + " passages " + (dense.precomputed()
                ? "with their shipped " : "embedded now with ") + model.get().configName() + " vectors in " + millis
                + " ms" + (dense.precomputed() ? "" : " (ship " + vectorsFileName(model.get()) + " beside the articles "
                + "to skip this; docs/ANSWERS.md)"));
        AnswerRetrieval hybrid = new AnswerRetrieval(built, dense, documents,
                AnswerCalibration.bundled(AnswerCalibration.HYBRID_RESOURCE));
        return intentPriorEnabled ? withIntentPrior(hybrid, documents, model.get(), embedder.get(), configured) : hybrid;
    }

    /**
     * Adds the intent priors ({@link IntentPriorRanking}) when a prior file made for exactly these articles and this
     * model is in the knowledge-base directory (or beside the bundled sample); otherwise the plain hybrid search
     * (logged).
     *
     * @param hybrid    the hybrid search
     * @param documents the articles
     * @param model     the embedding model
     * @param embedder  the loaded model
     * @param directory the knowledge-base directory, or empty for the bundled sample
     * @return the search with or without priors
     */
    static AnswerRetrieval withIntentPrior(AnswerRetrieval hybrid, List<KnowledgeDocument> documents,
                                           KnowledgeEmbeddingModel model, org.switchboard.core.intent.TextEmbedder embedder,
                                           Optional<Path> directory) {
        String name = intentPriorFileName(model);
        try (java.io.InputStream in = openBeside(directory, name)) {
            if (in == null) {
                LOG.info(() -> "Knowledge base: no " + name + "; searching without intent priors");
                return hybrid;
            }
            Optional<IntentPrior> prior = IntentPrior.read(in, model.configName(),
                    IntentPrior.fingerprint(model.configName(), documents));
            if (prior.isEmpty()) {
                LOG.warning(() -> "Knowledge base: " + name + " was made for other articles or another model; "
                        + "searching without intent priors (docs/ANSWERS.md says how to rebuild it)");
                return hybrid;
            }
            IntentPriorRanking ranking = IntentPriorRanking.read(KnowledgeBasePlugin.class.getClassLoader()
                    .getResourceAsStream(IntentPriorRanking.CALIBRATION_RESOURCE), IntentPriorRanking.CALIBRATION_RESOURCE,
                    prior.get(), embedder);
            LOG.info(() -> "Knowledge base: intent priors of " + prior.get().intents().size() + " intents from " + name);
            return hybrid.withIntentPrior(ranking.withLabels(answerLabels(model, directory)));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Knowledge base: " + name + " could not be read; searching without intent priors", e);
            return hybrid;
        }
    }

    /**
     * Reads what hand-labelled messages say per intent ({@link AnswerLabelPrior}) from the file
     * {@link #answerLabelsFileName} beside the articles; none when it is absent or unreadable (logged).
     */
    private static AnswerLabelPrior answerLabels(KnowledgeEmbeddingModel model, Optional<Path> directory) {
        String name = answerLabelsFileName(model);
        try (java.io.InputStream in = openBeside(directory, name)) {
            if (in == null) {
                LOG.info(() -> "Knowledge base: no " + name + "; intent priors without labelled messages");
                return AnswerLabelPrior.EMPTY;
            }
            return AnswerLabelPrior.read(in);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Knowledge base: " + name + " could not be read; intent priors without labelled "
                    + "messages", e);
            return AnswerLabelPrior.EMPTY;
        }
    }

    /** @return the file {@code name} in the knowledge-base directory (or beside the bundled sample), or null */
    private static java.io.InputStream openBeside(Optional<Path> directory, String name) throws IOException {
        if (directory.isPresent()) {
            Path file = directory.get().resolve(name);
            return java.nio.file.Files.exists(file) ? java.nio.file.Files.newInputStream(file) : null;
        }
        return KnowledgeBasePlugin.class.getClassLoader()
                .getResourceAsStream(KnowledgeDocumentLoader.BUNDLED_BASE + "/" + name);
    }

    /**
     * @param model an embedding model
     * @return the name of the file of labelled answers per intent ({@link AnswerLabelPrior}) beside the articles
     */
    public static String answerLabelsFileName(KnowledgeEmbeddingModel model) {
        return "answer-labels-" + model.configName() + ".txt";
    }

    /**
     * @param model an embedding model
     * @return the name of the intent-prior file ({@link IntentPrior}) for a knowledge base, beside its articles
     */
    public static String intentPriorFileName(KnowledgeEmbeddingModel model) {
        return "intent-prior-" + model.configName() + ".txt.gz";
    }

    /**
     * @param model an embedding model
     * @return the name of the file of passage vectors computed ahead of time ({@link PassageVectors}) for a knowledge
     *         base: in its directory, or beside the bundled sample's {@code documents/}
     */
    public static String vectorsFileName(KnowledgeEmbeddingModel model) {
        return "passage-vectors-" + model.configName() + ".bin.gz";
    }

    /**
     * The embedding index as the plugin builds it: with the passage vectors shipped beside the articles
     * ({@link #vectorsFileName}) when they were made by this model for exactly these passages, else embedding every
     * passage now (minutes for the bundled sample on two busy cores).
     *
     * @param documents the articles
     * @param model     the embedding model
     * @param embedder  the loaded model
     * @param directory the knowledge-base directory, or empty for the bundled sample
     * @return the index
     */
    public static DenseKnowledgeIndex denseIndex(List<KnowledgeDocument> documents, KnowledgeEmbeddingModel model,
                                                 org.switchboard.core.intent.TextEmbedder embedder,
                                                 Optional<Path> directory) {
        String name = vectorsFileName(model);
        return new DenseKnowledgeIndex(documents, new PassageSplitter(), embedder, model.queryPrefix(), texts -> {
            try (java.io.InputStream in = directory.isPresent()
                    ? (java.nio.file.Files.exists(directory.get().resolve(name))
                            ? java.nio.file.Files.newInputStream(directory.get().resolve(name)) : null)
                    : KnowledgeBasePlugin.class.getClassLoader()
                            .getResourceAsStream(KnowledgeDocumentLoader.BUNDLED_BASE + "/" + name)) {
                if (in == null) {
                    return null;
                }
                Optional<List<float[]>> vectors = PassageVectors.read(in, model.configName(), texts);
                if (vectors.isEmpty()) {
                    LOG.warning(() -> "Knowledge base: " + name + " was made for other passages or another model; "
                            + "embedding the passages now");
                }
                return vectors.orElse(null);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Knowledge base: " + name + " could not be read; embedding the passages now", e);
                return null;
            }
        }, false);
    }

    /**
     * Releases the index and closes the embedding model this plugin loaded (its ONNX Runtime session lives in native
     * memory that only closing frees: without this, every start of the application in the same JVM would leak one),
     * then removes ONNX Runtime's JVM shutdown hook, which would otherwise keep the stopped application's class loader
     * (classes, static fields, native libraries) in memory ({@link org.switchboard.core.intent.OnnxRuntimeShutdownHooks}).
     * A search still running finishes first; one started afterwards answers with an error.
     */
    @PreDestroy
    void stop() {
        AnswerRetrieval current = retrieval;
        retrieval = null;
        if (current != null) {
            current.lexical().close();
        }
        org.switchboard.core.intent.TextEmbedder embedder = loadedEmbedder;
        loadedEmbedder = null;
        if (embedder != null) {
            embedder.close();
            int hooks = org.switchboard.core.intent.OnnxRuntimeShutdownHooks.release();
            LOG.fine(() -> "Knowledge base: embedding model closed, " + hooks + " ONNX Runtime shutdown hook(s) removed");
        }
    }

    /** @return the embedding model {@link #start()} loaded and {@link #stop()} has not closed yet, if any (tests) */
    Optional<org.switchboard.core.intent.TextEmbedder> loadedEmbedder() {
        return Optional.ofNullable(loadedEmbedder);
    }

    /** @return id {@value #ID}, version {@value #VERSION} */
    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /**
     * @param toolName {@value KnowledgeSearchTool#NAME}
     * @return false: the help center is the same for everyone, so unauthenticated senders may search it
     */
    @Override
    public boolean actsOnCustomerData(String toolName) {
        return false;
    }

    /** @return the single tool {@value KnowledgeSearchTool#NAME} */
    @Override
    public List<ToolDefinition> tools() {
        return List.of(KnowledgeSearchTool.definition());
    }

    /**
     * Searches the knowledge base, customer-facing articles only.
     *
     * @param call    a {@value KnowledgeSearchTool#NAME} call with {@code query} and optional {@code limit}
     * @param context the customer (not used: the knowledge base is the same for everyone)
     * @return ok with {@code data = {"hits": [{"documentId", "title", "section", "passage", "url", "score",
     *         "confidence"}]}} (possibly
     *         no hits); an error result for another tool name, a missing/blank/non-string {@code query}, a
     *         {@code limit} outside 1..10, or when the knowledge base could not be loaded
     */
    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        if (!KnowledgeSearchTool.NAME.equals(call.name())) {
            return ToolResult.error("The knowledge-base plugin has no tool named '" + call.name() + "'.");
        }
        AnswerRetrieval current = retrieval;
        if (current == null) {
            return ToolResult.error("The knowledge base is not available right now.");
        }
        return KnowledgeSearchTool.run(current, call.arguments());
    }
}
