package org.switchboard.plugins.knowledge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.core.intent.TextEmbedder;

/**
 * Semantic search over knowledge-base articles with sentence embeddings: every passage ({@link PassageSplitter})
 * is embedded as {@code title + "\n" + section + "\n" + text} by a {@link TextEmbedder} (in production bot-core's
 * bundled all-MiniLM-L6-v2); an article scores the highest cosine similarity of its passages with the query, by
 * default averaged over the query's sentence chunks ({@link QueryMode}).
 *
 * <p>Building embeds every passage once (about 3,000 passages for the 698-article Rho-Bank sample, a minute or two
 * on two cores). Searching embeds the query and compares it with every passage (exhaustive, exact). Immutable and
 * thread-safe after construction.
 */
public final class DenseKnowledgeIndex {

    /**
     * One article's semantic score.
     *
     * @param documentId the article id
     * @param score      cosine similarity of the article's best passage with the query, averaged over the query's
     *                   chunks ({@link QueryMode}), in [-1, 1]
     * @param internal   whether a best passage is internal (its article or its section)
     * @param passage    the best passage (of the query's first chunk)
     */
    public record DenseHit(String documentId, double score, boolean internal, Passage passage) {
    }

    /**
     * How a query is compared with the passages.
     */
    public enum QueryMode {
        /** The whole query is one embedding (long texts are averaged over 256-token parts by the model). */
        WHOLE,
        /**
         * The query is cut into chunks of whole sentences of at most {@value #CHUNK_CHARS} characters; an article
         * scores the mean over chunks of each chunk's best cosine similarity with its passages, so every part of a
         * long message (an e-mail, a described situation) has its say and no single generic sentence dominates.
         */
        CHUNKED
    }

    /** Longest query chunk in characters in {@link QueryMode#CHUNKED} (a sentence longer than this is one chunk). */
    public static final int CHUNK_CHARS = 300;

    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+|\\n+");

    private final TextEmbedder embedder;
    private final String queryPrefix;
    private final List<String> passageDocument = new ArrayList<>();
    private final List<Boolean> passageInternal = new ArrayList<>();
    private final List<Passage> passages = new ArrayList<>();
    private final List<float[]> passageVectors;
    private final boolean precomputed;

    /**
     * Embeds the passages of the documents.
     *
     * @param documents the articles, ids unique
     * @param splitter  how to cut articles into passages (use the same as the {@link KnowledgeIndex})
     * @param embedder  the sentence embedder (unit vectors)
     * @throws NullPointerException if an argument or a document is null
     */
    public DenseKnowledgeIndex(Collection<KnowledgeDocument> documents, PassageSplitter splitter, TextEmbedder embedder) {
        this(documents, splitter, embedder, "");
    }

    /**
     * Embeds the passages of the documents, for a model that wants queries marked (such as bge-small-en-v1.5, whose
     * retrieval queries start with an instruction).
     *
     * @param documents   the articles, ids unique
     * @param splitter    how to cut articles into passages (use the same as the {@link KnowledgeIndex})
     * @param embedder    the sentence embedder (unit vectors)
     * @param queryPrefix put before every query chunk when it is embedded (passages get none); may be empty
     * @throws NullPointerException if an argument or a document is null
     */
    public DenseKnowledgeIndex(Collection<KnowledgeDocument> documents, PassageSplitter splitter, TextEmbedder embedder,
                               String queryPrefix) {
        this(documents, splitter, embedder, queryPrefix, null, false);
    }

    /**
     * Indexes the passages of the documents with vectors computed ahead of time when they fit.
     *
     * @param documents   the articles, ids unique
     * @param splitter    how to cut articles into passages
     * @param embedder    the sentence embedder (unit vectors), for queries and for passages without given vectors
     * @param queryPrefix put before every query chunk when it is embedded; may be empty
     * @param given       computes the passage vectors from the passage texts ({@link #passageTexts}) or returns
     *                    null to have them embedded now; may itself be null
     * @param titles      whether each article's title alone is embedded too, as one more vector of the article (its
     *                    passage shown being the article's first): a short question often matches a title best
     * @throws NullPointerException if an argument other than {@code given} is null
     * @throws IllegalArgumentException if {@code given} returns the wrong number of vectors
     */
    public DenseKnowledgeIndex(Collection<KnowledgeDocument> documents, PassageSplitter splitter, TextEmbedder embedder,
                               String queryPrefix, java.util.function.Function<List<String>, List<float[]>> given,
                               boolean titles) {
        Objects.requireNonNull(documents, "documents");
        this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
        Objects.requireNonNull(splitter, "splitter");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        List<String> texts = new ArrayList<>();
        for (KnowledgeDocument document : documents) {
            Objects.requireNonNull(document, "document");
            List<Passage> parts = splitter.split(document.content());
            if (parts.isEmpty()) {
                parts = List.of(new Passage("", "", false));
            }
            for (Passage passage : parts) {
                texts.add(document.title() + "\n" + passage.section() + "\n" + passage.text());
                passageDocument.add(document.id());
                passageInternal.add(document.internal() || passage.internal());
                this.passages.add(passage);
            }
            if (titles) {
                texts.add(document.title());
                passageDocument.add(document.id());
                passageInternal.add(document.internal() || parts.get(0).internal());
                this.passages.add(parts.get(0));
            }
        }
        List<float[]> vectors = given == null ? null : given.apply(List.copyOf(texts));
        if (vectors != null && vectors.size() != texts.size()) {
            throw new IllegalArgumentException(vectors.size() + " vectors given for " + texts.size() + " passages");
        }
        this.precomputed = vectors != null;
        this.passageVectors = List.copyOf(vectors != null ? vectors : embedder.embed(texts));
    }

    /**
     * Ranks articles by semantic similarity to a query.
     *
     * @param query           free text; null or blank finds nothing
     * @param limit           the most articles to return, at least 1
     * @param includeInternal whether internal passages may count (must be false for anything shown to customers)
     * @return at most {@code limit} articles, best first (ties by id)
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<DenseHit> search(String query, int limit, boolean includeInternal) {
        return search(query, limit, includeInternal, QueryMode.CHUNKED);
    }

    /**
     * Ranks articles by semantic similarity to a query.
     *
     * @param query           free text; null or blank finds nothing
     * @param limit           the most articles to return, at least 1
     * @param includeInternal whether internal passages may count (must be false for anything shown to customers)
     * @param mode            how the query is compared with passages
     * @return at most {@code limit} articles, best first (ties by id); a hit's score is the mean over query chunks
     *         of the best passage similarity (one chunk in {@link QueryMode#WHOLE})
     * @throws IllegalArgumentException if limit is less than 1
     * @throws NullPointerException     if mode is null
     */
    public List<DenseHit> search(String query, int limit, boolean includeInternal, QueryMode mode) {
        Objects.requireNonNull(mode, "mode");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return search(embedQuery(query, mode), limit, includeInternal);
    }

    /**
     * Embeds a query once, for {@link #search(List, int, boolean)} and {@link #messageVector}: one model call for
     * all its chunks.
     *
     * @param query free text, not blank
     * @param mode  how the query is cut
     * @return one unit vector per chunk ({@link #chunks}; one in {@link QueryMode#WHOLE}), the query prefix applied
     * @throws NullPointerException if query or mode is null
     */
    public List<float[]> embedQuery(String query, QueryMode mode) {
        List<String> chunks = Objects.requireNonNull(mode, "mode") == QueryMode.WHOLE ? List.of(query) : chunks(query);
        return embedder.embed(queryPrefix.isEmpty() ? chunks
                : chunks.stream().map(chunk -> queryPrefix + chunk).toList());
    }

    /**
     * The message's vector for other uses of the same model (the intent priors), from the chunk vectors already
     * computed: the chunk's own vector for a one-chunk message, else the unit mean of the chunks' vectors (which is
     * also how the model averages a text longer than its window). Without a query prefix only; with one the message
     * is embedded again without it (the priors' centroids carry none).
     *
     * @param query        the message, not blank
     * @param chunkVectors what {@link #embedQuery} returned for it in {@link QueryMode#CHUNKED}
     * @return a unit vector
     */
    public float[] messageVector(String query, List<float[]> chunkVectors) {
        if (!queryPrefix.isEmpty()) {
            return embedder.embed(List.of(query)).get(0);
        }
        if (chunkVectors.size() == 1) {
            return chunkVectors.get(0);
        }
        float[] mean = new float[chunkVectors.get(0).length];
        for (float[] v : chunkVectors) {
            for (int d = 0; d < mean.length; d++) {
                mean[d] += v[d];
            }
        }
        double norm = 0;
        for (float x : mean) {
            norm += (double) x * x;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < mean.length; d++) {
                mean[d] *= scale;
            }
        }
        return mean;
    }

    /**
     * Ranks articles by semantic similarity to a query already embedded ({@link #embedQuery}).
     *
     * @param vectors         the query's chunk vectors, at least one
     * @param limit           the most articles to return, at least 1
     * @param includeInternal whether internal passages may count
     * @return at most {@code limit} articles, best first (ties by id); a hit's score is the mean over the chunks of
     *         the best passage similarity
     * @throws IllegalArgumentException if limit is less than 1
     */
    public List<DenseHit> search(List<float[]> vectors, int limit, boolean includeInternal) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Map<String, DenseHit> best = new HashMap<>();
        for (float[] q : vectors) {
            Map<String, DenseHit> chunkBest = new HashMap<>();
            for (int i = 0; i < passageVectors.size(); i++) {
                boolean internal = passageInternal.get(i);
                if (internal && !includeInternal) {
                    continue;
                }
                double score = dot(q, passageVectors.get(i));
                String id = passageDocument.get(i);
                DenseHit current = chunkBest.get(id);
                if (current == null || score > current.score()) {
                    chunkBest.put(id, new DenseHit(id, score, internal, passages.get(i)));
                }
            }
            for (DenseHit hit : chunkBest.values()) {
                double share = hit.score() / vectors.size();
                best.merge(hit.documentId(), new DenseHit(hit.documentId(), share, hit.internal(), hit.passage()),
                        (a, b) -> new DenseHit(a.documentId(), a.score() + b.score(), a.internal() || b.internal(),
                                a.passage()));
            }
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(DenseHit::score).reversed().thenComparing(DenseHit::documentId))
                .limit(limit)
                .toList();
    }

    /**
     * @param query a non-blank text
     * @return its sentences packed greedily into chunks of at most {@value #CHUNK_CHARS} characters (a longer
     *         sentence is a chunk of its own), blank pieces dropped; at least one chunk
     */
    static List<String> chunks(String query) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : SENTENCE_END.split(query.strip())) {
            String piece = sentence.strip();
            if (piece.isEmpty()) {
                continue;
            }
            if (current.length() > 0 && current.length() + 1 + piece.length() > CHUNK_CHARS) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(piece);
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks.isEmpty() ? List.of(query) : chunks;
    }

    /** @return whether the passage vectors were given (computed ahead of time) rather than embedded here */
    public boolean precomputed() {
        return precomputed;
    }

    /**
     * @param documents the articles
     * @param splitter  how to cut them into passages
     * @param titles    whether the titles alone are embedded too (see the constructor)
     * @return the texts that are embedded for the passages, in index order ({@code title \n section \n text}, then
     *         the title alone when {@code titles})
     */
    public static List<String> passageTexts(Collection<KnowledgeDocument> documents, PassageSplitter splitter,
                                            boolean titles) {
        List<String> texts = new ArrayList<>();
        for (KnowledgeDocument document : documents) {
            List<Passage> parts = splitter.split(document.content());
            if (parts.isEmpty()) {
                parts = List.of(new Passage("", "", false));
            }
            for (Passage passage : parts) {
                texts.add(document.title() + "\n" + passage.section() + "\n" + passage.text());
            }
            if (titles) {
                texts.add(document.title());
            }
        }
        return texts;
    }

    /** @return the number of passages embedded */
    public int passageCount() {
        return passageVectors.size();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
