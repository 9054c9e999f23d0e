package org.switchboard.plugins.knowledge;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Customers' words for what the help center calls otherwise, for the BM25 query: British and everyday wording on
 * the left, the help center's (American, product) wording on the right. A general banking thesaurus, one direction
 * (a customer word adds the help-center words to the query, never the reverse), single words only, every word
 * analysed like the index (stemmed), so "frozen", "freezing" and "freeze" all reach "lock".
 *
 * <p>The added terms get {@value #EXPANSION_WEIGHT} of a customer word's weight in the query
 * ({@link KnowledgeQuery#build}) and count for the coverage feature ({@link KnowledgeIndex#coverage}). Immutable and
 * thread-safe.
 */
final class KnowledgeThesaurus {

    /** Weight of an added term relative to the customer's own words. */
    static final float EXPANSION_WEIGHT = 0.5f;

    /** Customer word → help-center words (raw words; analysed at construction). */
    static final Map<String, List<String>> WORDS = Map.ofEntries(
            Map.entry("cheque", List.of("check")),
            Map.entry("cheques", List.of("check")),
            Map.entry("freeze", List.of("lock", "block")),
            Map.entry("frozen", List.of("lock", "block")),
            Map.entry("block", List.of("lock")),
            Map.entry("delete", List.of("close")),
            Map.entry("terminate", List.of("close")),
            Map.entry("recognise", List.of("unauthorized", "fraud")),
            Map.entry("recognize", List.of("unauthorized", "fraud")),
            Map.entry("unrecognised", List.of("unauthorized", "fraud")),
            Map.entry("unrecognized", List.of("unauthorized", "fraud")),
            Map.entry("authorise", List.of("authorize")),
            Map.entry("unauthorised", List.of("unauthorized")),
            Map.entry("cashpoint", List.of("atm")),
            Map.entry("machine", List.of("atm")),
            Map.entry("swallowed", List.of("retained", "atm")),
            Map.entry("eaten", List.of("retained", "atm")),
            Map.entry("fastest", List.of("instant", "express")),
            Map.entry("quickest", List.of("instant", "express")),
            Map.entry("urgent", List.of("instant", "express")),
            Map.entry("abroad", List.of("international", "foreign")),
            Map.entry("overseas", List.of("international", "foreign")),
            Map.entry("old", List.of("age")),
            Map.entry("salary", List.of("payroll", "direct")),
            Map.entry("wages", List.of("payroll", "direct")),
            Map.entry("postcode", List.of("zip")),
            Map.entry("holiday", List.of("travel", "vacation")),
            Map.entry("charged", List.of("fee")),
            Map.entry("stolen", List.of("lost", "theft")));

    private final Map<String, Set<String>> expansions = new HashMap<>();

    /**
     * @param analyzer the index's analyzer
     */
    KnowledgeThesaurus(Analyzer analyzer) {
        WORDS.forEach((word, targets) -> {
            for (String from : KnowledgeQuery.terms(analyzer, word)) {
                Set<String> to = expansions.computeIfAbsent(from, k -> new LinkedHashSet<>());
                targets.forEach(target -> to.addAll(KnowledgeQuery.terms(analyzer, target)));
                to.remove(from);
            }
        });
    }

    /**
     * @param terms a query's analysed terms
     * @return the help-center terms they add, none of them already among {@code terms}, in a stable order
     */
    Set<String> expand(Set<String> terms) {
        Set<String> added = new LinkedHashSet<>();
        for (String term : terms) {
            for (String target : expansions.getOrDefault(term, Set.of())) {
                if (!terms.contains(target)) {
                    added.add(target);
                }
            }
        }
        return added;
    }

    /**
     * @param term an analysed query term
     * @return the help-center terms it adds (empty when none)
     */
    Set<String> of(String term) {
        return expansions.getOrDefault(term, Set.of());
    }
}
