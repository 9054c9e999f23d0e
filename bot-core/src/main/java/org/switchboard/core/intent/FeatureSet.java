package org.switchboard.core.intent;

/** Which features the intent classifier's linear model sees. */
public enum FeatureSet {
    /** Sentence embedding concatenated with TF-IDF word and character n-grams: the production choice. */
    HYBRID,
    /** TF-IDF word and character n-grams only: the classic baseline, needs no embedding model. */
    TFIDF,
    /** Sentence embedding only. */
    EMBEDDING;

    /** @return whether this set includes the sentence embedding */
    public boolean usesEmbedding() {
        return this != TFIDF;
    }

    /** @return whether this set includes the TF-IDF n-grams */
    public boolean usesTfIdf() {
        return this != EMBEDDING;
    }
}
