/**
 * Knowledge-base search: the {@code knowledge-base} tool plugin
 * ({@link org.switchboard.plugins.knowledge.KnowledgeBasePlugin}, tool {@code search_knowledge_base}) and the
 * pieces it is built from, all usable without CDI:
 * <ol>
 *   <li>{@link org.switchboard.plugins.knowledge.KnowledgeDocumentLoader} reads articles
 *       ({@code {"id", "title", "content"}} JSON with an optional public {@code "url"}, Markdown content) from the classpath via {@code index.txt} or
 *       from a directory, into {@link org.switchboard.plugins.knowledge.KnowledgeDocument}s; titles starting
 *       with {@code Internal:} or containing {@code (Internal)} mark internal procedures;</li>
 *   <li>{@link org.switchboard.plugins.knowledge.PassageSplitter} cuts each article at its headings and long
 *       sections at paragraphs into {@link org.switchboard.plugins.knowledge.Passage}s of at most about 800
 *       characters of plain text;</li>
 *   <li>{@link org.switchboard.plugins.knowledge.KnowledgeIndex} indexes the passages in memory with Lucene
 *       (EnglishAnalyzer, BM25, title boosted ×2) and answers free-text searches with
 *       {@link org.switchboard.plugins.knowledge.KnowledgeHit}s, one per article, internal articles only on
 *       request;</li>
 *   <li>{@link org.switchboard.plugins.knowledge.DenseKnowledgeIndex} ranks the same passages by sentence
 *       embeddings ({@link org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel}; vectors shipped ahead of time
 *       in {@link org.switchboard.plugins.knowledge.PassageVectors} files);</li>
 *   <li>{@link org.switchboard.plugins.knowledge.AnswerRetrieval} fuses both rankings and gives each hit
 *       {@link org.switchboard.plugins.knowledge.AnswerFeatures} and a calibrated confidence
 *       ({@link org.switchboard.plugins.knowledge.AnswerCalibration}); it is what the tool runs (docs/ANSWERS.md).</li>
 * </ol>
 *
 * <p>The bundled sample is the Rho-Bank knowledge base of tau2-bench ({@code kb/rho-bank}, MIT, see its
 * {@code SOURCES.md}).
 */
package org.switchboard.plugins.knowledge;
