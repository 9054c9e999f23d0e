package org.switchboard.plugins.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds a Lucene query from a customer's free text without a query parser, so no input can be a syntax
 * error: the text goes through the index's analyzer (tokenising, lower-casing, English stop words, stemming),
 * every distinct term becomes {@code SHOULD} clauses on title, section and text (with the
 * {@link IndexFields} boosts), and {@code AND}, {@code *}, {@code ?}, {@code "}, {@code :} and the like are just
 * characters the tokenizer drops or stop words.
 *
 * <p>At most {@link #MAX_TERMS} distinct terms are used (the first ones in the text): 3 clauses a term keeps the
 * query below Lucene's default limit of 1024 clauses and bounds the work for a very long input. 128 rather than
 * 64 because long messages (an e-mail, a pasted conversation) lose relevant words at 64: on the tau2-bench
 * banking dev queries (scenario texts of 150 to 540 distinct words) recall@10 was 0.21 with 64 terms, 0.31 with
 * 128 and 0.30 with no cap.
 */
final class KnowledgeQuery {

    /** The most distinct analysed terms a query uses. */
    static final int MAX_TERMS = 128;

    private KnowledgeQuery() {
    }

    /**
     * @param analyzer the analyzer the index was built with
     * @param text     the customer's text, any characters and length; null is treated as empty
     * @return distinct analysed terms in order of first appearance, at most {@link #MAX_TERMS}; empty if the text
     *         has no indexable word
     */
    static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return terms;
        }
        try (TokenStream tokens = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                if (terms.size() < MAX_TERMS) {
                    terms.add(term.toString());
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a query string failed", e);
        }
        return terms;
    }

    /**
     * @param analyzer        the analyzer the index was built with
     * @param text            the customer's text
     * @param includeInternal whether passages of internal articles may match
     * @return the query, or null if the text has no indexable word (nothing can match)
     */
    static Query build(Analyzer analyzer, String text, boolean includeInternal) {
        return build(analyzer, text, includeInternal, null);
    }

    /**
     * @param analyzer        the analyzer the index was built with
     * @param text            the customer's text
     * @param includeInternal whether passages of internal articles may match
     * @param thesaurus       adds help-center words for the customer's at {@link KnowledgeThesaurus#EXPANSION_WEIGHT}
     *                        of their weight, or null for none
     * @return the query, or null if the text has no indexable word (nothing can match)
     */
    static Query build(Analyzer analyzer, String text, boolean includeInternal, KnowledgeThesaurus thesaurus) {
        Set<String> terms = terms(analyzer, text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder anyTerm = new BooleanQuery.Builder();
        for (String term : terms) {
            addTerm(anyTerm, term, 1.0f);
        }
        if (thesaurus != null) {
            for (String term : thesaurus.expand(terms)) {
                addTerm(anyTerm, term, KnowledgeThesaurus.EXPANSION_WEIGHT);
            }
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(anyTerm.build(), Occur.MUST);
        if (!includeInternal) {
            query.add(new TermQuery(new Term(IndexFields.INTERNAL, IndexFields.FALSE)), Occur.FILTER);
        }
        return query.build();
    }

    private static void addTerm(BooleanQuery.Builder anyTerm, String term, float weight) {
        anyTerm.add(field(IndexFields.TITLE, term, IndexFields.TITLE_BOOST * weight), Occur.SHOULD);
        anyTerm.add(field(IndexFields.SECTION, term, IndexFields.SECTION_BOOST * weight), Occur.SHOULD);
        anyTerm.add(field(IndexFields.TEXT, term, IndexFields.TEXT_BOOST * weight), Occur.SHOULD);
    }

    private static Query field(String field, String term, float boost) {
        Query query = new TermQuery(new Term(field, term));
        return boost == 1.0f ? query : new BoostQuery(query, boost);
    }
}
