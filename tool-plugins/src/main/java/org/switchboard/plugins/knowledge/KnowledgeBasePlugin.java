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

    private static final Logger LOG = Logs.logger(KnowledgeBasePlugin.class);
    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID, VERSION,
            "Searches the customer-facing articles of the knowledge base (Lucene full-text search, BM25).");

    private Optional<String> directory = Optional.empty();
    private volatile KnowledgeIndex index;

    /** For CDI's client proxy only; the container uses {@link #KnowledgeBasePlugin(Optional)}. */
    protected KnowledgeBasePlugin() {
    }

    /**
     * The CDI constructor; the index is built by {@link #start()}.
     *
     * @param directory the value of {@value #DIRECTORY_PROPERTY}, empty to use the bundled sample
     */
    @Inject
    public KnowledgeBasePlugin(@ConfigProperty(name = DIRECTORY_PROPERTY) Optional<String> directory) {
        this.directory = directory == null ? Optional.empty() : directory;
    }

    /**
     * A ready plugin searching a given index (tests, the benchmark). {@link #start()} leaves it alone.
     *
     * @param index the index to search; the plugin closes it in {@link #stop()}
     * @throws NullPointerException if index is null
     */
    public KnowledgeBasePlugin(KnowledgeIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * Builds the index from the configured directory or the bundled sample, unless one was given, and logs the
     * number of articles and passages and the time taken. Never throws: a failure is logged and the plugin
     * answers calls with an error.
     */
    @PostConstruct
    void start() {
        if (index != null) {
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
            index = built;
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Knowledge base " + source + ": indexed " + built.documentCount() + " articles ("
                    + built.internalDocumentCount() + " internal, never shown to customers) as "
                    + built.passageCount() + " passages in " + millis + " ms");
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "Knowledge base " + source + " could not be loaded; tool " + KnowledgeSearchTool.NAME
                    + " will answer with an error", e);
        }
    }

    /** Releases the index. */
    @PreDestroy
    void stop() {
        KnowledgeIndex current = index;
        index = null;
        if (current != null) {
            current.close();
        }
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
     * @return ok with {@code data = {"hits": [{"documentId", "title", "section", "passage", "score"}]}} (possibly
     *         no hits); an error result for another tool name, a missing/blank/non-string {@code query}, a
     *         {@code limit} outside 1..10, or when the knowledge base could not be loaded
     */
    @Override
    public ToolResult execute(ToolCall call, ToolContext context) {
        if (!KnowledgeSearchTool.NAME.equals(call.name())) {
            return ToolResult.error("The knowledge-base plugin has no tool named '" + call.name() + "'.");
        }
        KnowledgeIndex current = index;
        if (current == null) {
            return ToolResult.error("The knowledge base is not available right now.");
        }
        return KnowledgeSearchTool.run(current, call.arguments());
    }
}
