package org.switchboard.core.intent;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * A LangChain4j in-process ONNX sentence-embedding model (tokenization, inference and pooling by LangChain4j's
 * {@link OnnxBertBiEncoder}) whose ONNX Runtime session and worker threads belong to this object and are released
 * by {@link #close()}.
 *
 * <p>Why not LangChain4j's own classes: {@code AllMiniLmL6V2EmbeddingModel} and {@code BgeSmallEnV15QuantizedEmbeddingModel}
 * keep their session in a static field, and neither they nor {@code OnnxEmbeddingModel} can close it. An
 * {@link OrtSession} holds the model's weights and its memory arena in native memory (some 100 to 300 MB) that
 * nothing frees but {@link OrtSession#close()}: each start of the application in the same JVM (a redeploy, an
 * application restart, every deployment of the integration tests) would leak one. The bundled model files are the
 * same ones those classes read ({@code all-minilm-l6-v2.onnx}, ...), taken from the given class loader.
 *
 * <p>ONNX Runtime's environment comes from {@link OnnxRuntimeShutdownHooks#environment()}: when the application
 * stops, after closing its models, {@link OnnxRuntimeShutdownHooks#release()} lets the JVM unload it.
 *
 * <p>Thread-safe. {@link #close()} waits for embeddings in progress and is idempotent; embedding after it throws
 * {@link IllegalStateException}.
 */
public final class ClosableOnnxEmbeddingModel extends AbstractInProcessEmbeddingModel implements AutoCloseable {

    private static final Logger LOG = Logs.logger(ClosableOnnxEmbeddingModel.class);

    private final OrtSession session;
    private final OnnxBertBiEncoder encoder;
    private final ExecutorService executor;
    private final int dimension;
    /** Embeddings hold the read lock, {@link #close()} the write lock: the session is never closed under a run. */
    private final ReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private ClosableOnnxEmbeddingModel(ExecutorService executor, OrtSession session, OnnxBertBiEncoder encoder,
                                       int dimension) {
        super(executor);
        this.executor = executor;
        this.session = session;
        this.encoder = encoder;
        this.dimension = dimension;
    }

    /**
     * Loads a bundled model (about a second; the session holds some 100 MB of native memory until {@link #close()}).
     *
     * @param loader            the class loader whose classpath holds the model files (the LangChain4j model module)
     * @param modelResource     the ONNX file's resource name, e.g. {@code all-minilm-l6-v2.onnx}
     * @param tokenizerResource the Hugging Face tokenizer file's resource name, e.g.
     *                          {@code all-minilm-l6-v2-tokenizer.json}
     * @param pooling           how token embeddings become one vector ({@code MEAN} for all-MiniLM-L6-v2,
     *                          {@code CLS} for bge)
     * @param dimension         the number of components of the model's vectors
     * @return the loaded model, owning its session
     * @throws IllegalArgumentException if a resource is not on the loader's classpath
     * @throws IllegalStateException    if ONNX Runtime cannot create the session
     * @throws UncheckedIOException     if a resource cannot be read
     * @throws LinkageError             if a native library (ONNX Runtime, the tokenizer's) cannot be loaded
     */
    public static ClosableOnnxEmbeddingModel load(ClassLoader loader, String modelResource, String tokenizerResource,
                                                  PoolingMode pooling, int dimension) {
        Objects.requireNonNull(pooling, "pooling");
        OrtEnvironment environment = OnnxRuntimeShutdownHooks.environment();
        OrtSession session;
        try {
            session = environment.createSession(read(loader, modelResource));
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not load " + modelResource, e);
        }
        boolean built = false;
        try (InputStream tokenizer = open(loader, tokenizerResource)) {
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, session, tokenizer, pooling);
            ClosableOnnxEmbeddingModel model = new ClosableOnnxEmbeddingModel(workers(), session, encoder, dimension);
            built = true;
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + tokenizerResource, e);
        } finally {
            if (!built) {
                // e.g. the tokenizer's native library failed to load (UnsatisfiedLinkError): do not leak the session
                closeQuietly(session, modelResource);
            }
        }
    }

    /** The same pool as LangChain4j's default (one thread per core, idle threads end after a second), but ours to stop. */
    private static ExecutorService workers() {
        int threads = Runtime.getRuntime().availableProcessors();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static InputStream open(ClassLoader loader, String resource) {
        InputStream in = loader.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no resource " + resource + " on the classpath");
        }
        return in;
    }

    private static byte[] read(ClassLoader loader, String resource) {
        try (InputStream in = open(loader, resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the model is closed
     */
    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is closed");
            }
            return super.embedAll(segments);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** @return whether {@link #close()} has run */
    public boolean isClosed() {
        lifecycle.readLock().lock();
        try {
            return closed;
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /**
     * Waits for embeddings in progress, then stops the worker threads and closes the ONNX Runtime session, freeing
     * its native memory. Calling it again does nothing. Never throws: a failure to close is logged.
     */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            executor.shutdown();
            closeQuietly(session, "the embedding model");
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private static void closeQuietly(OrtSession session, String what) {
        try {
            session.close();
        } catch (OrtException | RuntimeException e) {
            LOG.log(Level.WARNING, "ONNX Runtime session of " + what + " could not be closed", e);
        }
    }
}
