package org.switchboard.plugins.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * An in-memory full-text index (Lucene 9, {@link ByteBuffersDirectory}) of the passages of a set of
 * knowledge-base articles.
 *
 * <ul>
 *   <li>Each article is cut into passages by a {@link PassageSplitter}; each passage is one Lucene document
 *       with the article's id and title, the passage's section heading and its plain text.</li>
 *   <li>Title, section and text are analysed with Lucene's {@link EnglishAnalyzer} (standard tokenizer,
 *       possessive removal, lower case, English stop words extended with question and function words, Porter
 *       stemming; see {@link KnowledgeAnalyzer}) and ranked with
 *       {@link BM25Similarity} (Lucene's default, k1 = 1.2, b = 0.75); a title match counts twice. A query also
 *       searches the help center's words for some of the customer's ({@link KnowledgeThesaurus}: "cheque" also
 *       searches "check", "freeze" "lock"), at half weight.</li>
 *   <li>Internal articles ({@link KnowledgeDocument#internal()}) and internal sections of customer-facing
 *       articles ({@link Passage#internal()}) are indexed too, but a search only sees them when asked to.</li>
 * </ul>
 *
 * Building is done in the constructor; the index is read-only afterwards. {@link #search} is thread-safe.
 * {@link #close()} releases the index; searching afterwards fails.
 */
public final class KnowledgeIndex implements AutoCloseable {

    /** The most distinct query terms a search uses; later words of a longer query are ignored. */
    public static final int MAX_QUERY_TERMS = KnowledgeQuery.MAX_TERMS;

    private final Analyzer analyzer = KnowledgeAnalyzer.create();
    private final KnowledgeThesaurus thesaurus = new KnowledgeThesaurus(analyzer);
    private final Similarity similarity = new BM25Similarity();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final int documentCount;
    private final int internalDocumentCount;
    private final int passageCount;

    /**
     * Indexes documents with passages of at most {@value PassageSplitter#DEFAULT_MAX_CHARS} characters.
     *
     * @param documents the articles; ids should be unique (a repeated id is indexed, but search returns at
     *                  most one hit per id)
     * @throws NullPointerException if documents or one of them is null
     */
    public KnowledgeIndex(Collection<KnowledgeDocument> documents) {
        this(documents, new PassageSplitter());
    }

    /**
     * Indexes documents.
     *
     * @param documents the articles
     * @param splitter  how to cut articles into passages
     * @throws NullPointerException if an argument or a document is null
     */
    public KnowledgeIndex(Collection<KnowledgeDocument> documents, PassageSplitter splitter) {
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(splitter, "splitter");
        int passages = 0;
        int internal = 0;
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity);
        try (IndexWriter writer = new IndexWriter(directory, config)) {
            for (KnowledgeDocument document : documents) {
                Objects.requireNonNull(document, "document");
                List<Passage> parts = splitter.split(document.content());
                if (parts.isEmpty()) {
                    parts = List.of(new Passage("", "", false));
                }
                for (Passage passage : parts) {
                    writer.addDocument(toLucene(document, passage));
                }
                passages += parts.size();
                internal += document.internal() ? 1 : 0;
            }
            writer.commit();
            this.reader = DirectoryReader.open(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("building the in-memory knowledge index failed", e);
        }
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity);
        this.documentCount = documents.size();
        this.internalDocumentCount = internal;
        this.passageCount = passages;
    }

    private static Document toLucene(KnowledgeDocument document, Passage passage) {
        Document lucene = new Document();
        lucene.add(new StringField(IndexFields.ID, document.id(), Field.Store.YES));
        lucene.add(new TextField(IndexFields.TITLE, document.title(), Field.Store.YES));
        lucene.add(new TextField(IndexFields.SECTION, passage.section(), Field.Store.YES));
        lucene.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.YES));
        lucene.add(new StringField(IndexFields.INTERNAL,
                document.internal() || passage.internal() ? IndexFields.TRUE : IndexFields.FALSE, Field.Store.NO));
        return lucene;
    }

    /**
     * Full-text search for a customer's question. The text is analysed, not parsed: any input is safe (query
     * syntax such as {@code AND}, {@code *}, {@code "}, {@code :} has no special meaning, empty or
     * punctuation-only text finds nothing, a very long text uses its first {@value #MAX_QUERY_TERMS} distinct
     * words). A passage matches if it shares at least one term with the query; there is no score cut-off.
     *
     * @param query           the question or keywords, free text; null is treated as empty
     * @param limit           the most hits to return, at least 1
     * @param includeInternal whether internal articles and internal sections may be returned; must be false for
     *                        anything shown to a customer
     * @return at most {@code limit} hits, at most one per article (its best passage), best score first; empty
     *         when nothing matches
     * @throws IllegalArgumentException if limit is less than 1
     * @throws UncheckedIOException     if the index cannot be read (for example after {@link #close()})
     */
    public List<KnowledgeHit> search(String query, int limit, boolean includeInternal) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Query lucene = KnowledgeQuery.build(analyzer, query, includeInternal, thesaurus);
        if (lucene == null) {
            return List.of();
        }
        try {
            return bestPassagePerDocument(lucene, limit);
        } catch (IOException e) {
            throw new UncheckedIOException("searching the knowledge index failed", e);
        }
    }

    /** Fetches ranked passages, widening the window until {@code limit} distinct articles are found or none are left. */
    private List<KnowledgeHit> bestPassagePerDocument(Query query, int limit) throws IOException {
        int window = Math.max(limit * 8, 64);
        int seen = 0;
        List<KnowledgeHit> hits = new ArrayList<>(limit);
        Set<String> documents = new HashSet<>();
        StoredFields stored = searcher.storedFields();
        while (true) {
            TopDocs top = searcher.search(query, window);
            ScoreDoc[] ranked = top.scoreDocs;
            for (int i = seen; i < ranked.length && hits.size() < limit; i++) {
                Document passage = stored.document(ranked[i].doc);
                String id = passage.get(IndexFields.ID);
                if (documents.add(id)) {
                    hits.add(new KnowledgeHit(id, passage.get(IndexFields.TITLE), passage.get(IndexFields.SECTION),
                            passage.get(IndexFields.TEXT), ranked[i].score));
                }
            }
            seen = ranked.length;
            if (hits.size() >= limit || ranked.length < window || window >= reader.maxDoc()) {
                return List.copyOf(hits);
            }
            window = (int) Math.min((long) window * 4, reader.maxDoc());
        }
    }

    /**
     * How much of a query a passage covers, whatever the query's length: the share of the query's distinct analysed
     * terms (stop words dropped, stemmed as for search) that occur in the passage's title, section or text, each
     * term weighted by its BM25 inverse document frequency over all passages ({@code ln(1 + (N - n + 0.5) / (n +
     * 0.5))}). A query term that occurs in no passage at all weighs the most, so a question about something the
     * knowledge base never mentions covers little. A term is covered too when the passage has one of its
     * {@link KnowledgeThesaurus} words.
     *
     * @param query the query, free text; null is treated as empty
     * @param title the passage's article title
     * @param section the passage's section heading
     * @param text  the passage's text
     * @return the covered share in [0, 1]; 0 when the query has no searchable term
     * @throws UncheckedIOException if the index cannot be read
     */
    public double coverage(String query, String title, String section, String text) {
        Set<String> queryTerms = KnowledgeQuery.terms(analyzer, query == null ? "" : query);
        if (queryTerms.isEmpty()) {
            return 0;
        }
        Set<String> passageTerms = new HashSet<>(KnowledgeQuery.terms(analyzer, title));
        passageTerms.addAll(KnowledgeQuery.terms(analyzer, section));
        passageTerms.addAll(KnowledgeQuery.terms(analyzer, text));
        double all = 0;
        double covered = 0;
        try {
            int n = reader.numDocs();
            for (String term : queryTerms) {
                int df = reader.docFreq(new org.apache.lucene.index.Term(IndexFields.TEXT, term));
                double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
                all += idf;
                if (passageTerms.contains(term) || thesaurus.of(term).stream().anyMatch(passageTerms::contains)) {
                    covered += idf;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics failed", e);
        }
        return all == 0 ? 0 : covered / all;
    }

    /** @return the number of articles indexed, internal ones included */
    public int documentCount() {
        return documentCount;
    }

    /** @return the number of internal articles indexed */
    public int internalDocumentCount() {
        return internalDocumentCount;
    }

    /** @return the number of passages indexed (Lucene documents) */
    public int passageCount() {
        return passageCount;
    }

    /**
     * Releases the index. Idempotent.
     *
     * @throws UncheckedIOException if Lucene fails to close the reader
     */
    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the knowledge index failed", e);
        }
    }
}
