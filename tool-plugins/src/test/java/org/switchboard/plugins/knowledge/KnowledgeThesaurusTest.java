package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** The customer-wording thesaurus: what it adds to a query, and what the search and the coverage make of it. */
class KnowledgeThesaurusTest {

    private static final List<KnowledgeDocument> DOCUMENTS = List.of(
            KnowledgeDocument.of("mobile-deposit", "Mobile check deposit", "## Deposit a check\nPhotograph both sides "
                    + "of the check in the app to deposit it."),
            KnowledgeDocument.of("lock-card", "Lock a debit card", "## Lock your card\nOpen the app, choose Cards and "
                    + "switch on Lock card."),
            KnowledgeDocument.of("statements", "Monthly statements", "## Statements\nYour statement arrives monthly."));

    @Test
    void addsTheHelpCentersStemmedWordsOnlyForTheCustomersWords() {
        try (Analyzer analyzer = KnowledgeAnalyzer.create()) {
            KnowledgeThesaurus thesaurus = new KnowledgeThesaurus(analyzer);
            Set<String> frozen = KnowledgeQuery.terms(analyzer, "my card is frozen");

            assertThat(thesaurus.expand(frozen)).containsExactly("lock", "block");
            assertThat(thesaurus.expand(KnowledgeQuery.terms(analyzer, "I want to freeze and lock my card")))
                    .as("words already in the query are not added").containsExactly("block");
            assertThat(thesaurus.expand(KnowledgeQuery.terms(analyzer, "lock my card"))).as("one direction only")
                    .isEmpty();
            assertThat(thesaurus.of(KnowledgeQuery.terms(analyzer, "cheques").iterator().next()))
                    .containsExactly("check");
        }
    }

    @Test
    void aBritishWordFindsTheAmericanArticleAndCoversIt() {
        try (KnowledgeIndex index = new KnowledgeIndex(DOCUMENTS)) {
            List<KnowledgeHit> cheque = index.search("how do I pay in a cheque", 3, false);
            List<KnowledgeHit> frozen = index.search("my card is frozen", 3, false);

            assertThat(cheque).isNotEmpty();
            assertThat(cheque.get(0).documentId()).isEqualTo("mobile-deposit");
            assertThat(frozen.get(0).documentId()).isEqualTo("lock-card");
            assertThat(index.coverage("cheque", "Mobile check deposit", "", "")).isEqualTo(1.0);
            assertThat(index.coverage("cheque", "Monthly statements", "", "")).isZero();
        }
    }
}
