package org.switchboard.core.intent;

import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic stand-in for the sentence embedder in fast tests: each word adds 1 to the component its hash
 * picks, and the vector is normalised (so texts sharing words are close). Blank text gives the zero vector, as the
 * {@link TextEmbedder} contract requires.
 */
final class HashingTestEmbedder implements TextEmbedder {

    private final int dimension;
    private int calls;
    private int texts;

    HashingTestEmbedder(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public synchronized List<float[]> embed(List<String> batch) {
        calls++;
        texts += batch.size();
        List<float[]> vectors = new ArrayList<>();
        for (String text : batch) {
            float[] v = new float[dimension];
            for (String word : TfIdfVectorizer.words(text)) {
                v[Math.floorMod(word.hashCode(), dimension)] += 1;
            }
            vectors.add(Vectors.normalized(v));
        }
        return vectors;
    }

    synchronized int textsEmbedded() {
        return texts;
    }
}
