package org.switchboard.core.intent;

import java.util.List;

/**
 * Turns texts into fixed-size dense vectors (sentence embeddings) whose dot product measures similarity of
 * meaning. The production implementation is {@link MiniLmTextEmbedder}; tests may use a simpler deterministic one.
 *
 * <p>Contract: every vector has {@link #dimension()} components and unit L2 norm, except the vector of a blank
 * text, which is all zeros. The same text always gives the same vector. Implementations are thread-safe.
 *
 * <p>An embedder may hold native resources (an ONNX Runtime session): whoever creates it calls {@link #close()} when
 * done, e.g. when the application stops, or every start of the application in the same JVM leaks them.
 */
public interface TextEmbedder extends AutoCloseable {

    /** @return the number of components of every vector, at least 1 */
    int dimension();

    /**
     * Embeds texts.
     *
     * @param texts the texts, none null; may be empty
     * @return one vector per text, in the same order; each of length {@link #dimension()}
     * @throws NullPointerException if texts or one of them is null
     */
    List<float[]> embed(List<String> texts);

    /**
     * Releases what the embedder holds; embedding afterwards may throw {@link IllegalStateException}. Idempotent,
     * never throws. The default holds nothing and does nothing.
     */
    @Override
    default void close() {
    }
}
