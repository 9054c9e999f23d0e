package org.switchboard.core.intent;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the vectors of texts already embedded, so that training several models on overlapping data (cross
 * validation, threshold calibration then final training) embeds each distinct text once. Unbounded: meant for a
 * training run or a benchmark, not for embedding arbitrary customer traffic.
 *
 * <p>Thread-safe. The returned arrays are shared with the cache and must not be modified.
 */
public final class CachingTextEmbedder implements TextEmbedder {

    private final TextEmbedder delegate;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();

    /**
     * @param delegate the embedder that computes vectors not yet cached
     * @throws NullPointerException if delegate is null
     */
    public CachingTextEmbedder(TextEmbedder delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        List<String> missing = new ArrayList<>(new LinkedHashSet<>(
                texts.stream().filter(t -> !cache.containsKey(Objects.requireNonNull(t, "text"))).toList()));
        if (!missing.isEmpty()) {
            List<float[]> computed = delegate.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), computed.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(cache.get(text));
        }
        return vectors;
    }

    /** @return the number of distinct texts cached */
    public int size() {
        return cache.size();
    }
}
