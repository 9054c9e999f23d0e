package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeIndexTest {

    private final KnowledgeIndex index = Fixtures.bundledIndex();

    @Test
    void indexesAll698BundledDocuments() {
        assertThat(index.documentCount()).isEqualTo(698);
        assertThat(index.internalDocumentCount()).isEqualTo(58);
        assertThat(index.passageCount()).isGreaterThan(698);
    }

    @Test
    void neverReturnsInternalDocumentsOrSectionsUnlessAsked() {
        List<KnowledgeDocument> documents = Fixtures.bundledDocuments();
        Set<String> internalIds = documents.stream().filter(KnowledgeDocument::internal)
                .map(KnowledgeDocument::id).collect(Collectors.toSet());
        Set<String> internalPassages = new HashSet<>();
        List<String> queries = new ArrayList<>();
        PassageSplitter splitter = new PassageSplitter();
        for (KnowledgeDocument document : documents) {
            for (Passage passage : splitter.split(document.content())) {
                if (document.internal() || passage.internal()) {
                    internalPassages.add(passage.text());
                    queries.add(passage.section());
                    queries.add(passage.text());
                }
            }
            if (document.internal()) {
                queries.add(document.title());
            }
        }
        queries.addAll(List.of("internal", "agent only", "bypass code", "fraud risk score", "do not disclose",
                "transfer_to_human_agents", "unlock_discoverable_agent_tool", "CODE 04 capture card"));
        assertThat(queries).hasSizeGreaterThan(300);

        int hitsSeen = 0;
        for (String query : queries) {
            for (KnowledgeHit hit : index.search(query, 10, false)) {
                hitsSeen++;
                assertThat(hit.documentId()).as("hit for query %s", query).isNotIn(internalIds);
                assertThat(KnowledgeDocument.isInternalTitle(hit.title())).isFalse();
                assertThat(hit.passage()).as("passage of %s", hit.documentId()).isNotIn(internalPassages);
            }
        }
        assertThat(hitsSeen).isGreaterThan(1000);

        List<KnowledgeHit> withInternal = index.search("Account Recovery Bypass Code", 5, true);
        assertThat(withInternal).extracting(KnowledgeHit::title).contains("Account Recovery Bypass Code (Internal)");
        assertThat(index.search("CODES NOT TO DISCLOSE capture card pick up", 3, true))
                .extracting(KnowledgeHit::section).contains("CODES NOT TO DISCLOSE (INTERNAL USE ONLY)");
    }

    @Test
    void returnsAtMostOneHitPerDocumentBestFirstWithinTheLimit() {
        for (String query : List.of("wire transfer fees", "credit card", "account", "how do I close my account")) {
            for (int limit : new int[] {1, 3, 10, 50}) {
                List<KnowledgeHit> hits = index.search(query, limit, false);
                assertThat(hits).hasSize(limit);
                assertThat(hits).extracting(KnowledgeHit::documentId).doesNotHaveDuplicates();
                for (int i = 1; i < hits.size(); i++) {
                    assertThat(hits.get(i).score()).isLessThanOrEqualTo(hits.get(i - 1).score());
                }
                assertThat(hits).allSatisfy(hit -> {
                    assertThat(hit.score()).isPositive();
                    assertThat(hit.passage().length()).isLessThanOrEqualTo(PassageSplitter.DEFAULT_MAX_CHARS);
                });
            }
        }
        assertThatThrownBy(() -> index.search("fees", 0, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsTheObviousArticleForPlainQuestions() {
        assertThat(index.search("what are the fees for a wire transfer", 3, false))
                .allSatisfy(hit -> assertThat(hit.title().toLowerCase(Locale.ROOT)).contains("wire"));
        assertThat(index.search("I want to dispute a transaction", 1, false).get(0).title())
                .isEqualTo("How to Dispute a Credit Card Transaction");
        assertThat(index.search("can I get a refund for an overdraft fee", 3, false))
                .allSatisfy(hit -> assertThat(hit.title().toLowerCase(Locale.ROOT)).contains("overdraft"));
    }

    /**
     * Prints BM25 score ranges of customer-style questions (to choose an answer threshold) and guards the gap
     * between clear on-topic questions and off-topic ones.
     */
    @Test
    void onTopicQuestionsScoreClearlyAboveOffTopicOnes() {
        List<String> onTopic = List.of("how do I close my account", "what are the fees for a wire transfer",
                "can I get a refund for an overdraft fee", "I want to dispute a transaction",
                "How do I report a lost debit card?");
        List<String> offTopic = List.of("what is the weather on mars", "tell me a joke", "recipe for chocolate cake");
        float lowestOnTopic = Float.MAX_VALUE;
        float highestOffTopic = 0;
        for (String question : onTopic) {
            lowestOnTopic = Math.min(lowestOnTopic, printTopScores(question));
        }
        for (String question : offTopic) {
            highestOffTopic = Math.max(highestOffTopic, printTopScores(question));
        }
        printTopScores("I forgot my passcode");
        printTopScores("who won the football world cup");

        assertThat(lowestOnTopic).isGreaterThan(highestOffTopic * 1.5f);
    }

    private float printTopScores(String question) {
        List<KnowledgeHit> hits = index.search(question, 3, false);
        System.out.printf(Locale.ROOT, "BM25 top-3 for %-45s %s  (best: %s)%n", '"' + question + '"',
                hits.stream().map(h -> String.format(Locale.ROOT, "%.2f", h.score())).toList(),
                hits.isEmpty() ? "-" : hits.get(0).title() + " > " + hits.get(0).section());
        return hits.isEmpty() ? 0 : hits.get(0).score();
    }

    @Test
    void hostileQueriesDoNotThrow() {
        List<String> hostile = new ArrayList<>(List.of("", " ", "\t\n", "?", "*", "???!!!...", "AND OR NOT * ? :",
                "\"unbalanced quote", "title:fees", "fees^100", "[a TO z]", "{!lucene}", "fee~2", "/regex.*/",
                "\\", "(((((", "+-&&||!(){}[]^\"~*?:\\/", "close\u0000account", "¿Cómo cierro mi cuenta?",
                "口座を閉鎖したい", "كيف أغلق حسابي", "💳🔒😡", "\uD83D", "the a an of", "NOT", "AND"));
        hostile.add(null);
        hostile.add("overdraft fee ".repeat(4_000));
        hostile.add("lorem ipsum dolor sit amet consectetur ".repeat(1_300));
        StringBuilder distinct = new StringBuilder();
        for (int i = 0; distinct.length() < 50_000; i++) {
            distinct.append("word").append(Integer.toString(i, 36)).append(' ');
        }
        hostile.add(distinct.toString());
        hostile.add("*:* ".repeat(12_500));
        hostile.add("é".repeat(50_000));

        for (String query : hostile) {
            assertThatCode(() -> index.search(query, 10, false)).as("query %.40s", query).doesNotThrowAnyException();
            assertThatCode(() -> index.search(query, 10, true)).as("query %.40s", query).doesNotThrowAnyException();
        }
        assertThat(index.search("", 5, false)).isEmpty();
        assertThat(index.search("?!*:", 5, false)).isEmpty();
        assertThat(index.search("the of and", 5, false)).as("stop words only").isEmpty();
        assertThat(index.search(null, 5, false)).isEmpty();
        assertThat(index.search("AND OR NOT * ? : overdraft", 3, false)).isNotEmpty();
        assertThat(index.search("overdraft fee ".repeat(4_000), 3, false)).hasSize(3);
    }

    @Test
    void analysesWithEnglishStemmingAndBoostsTitles() {
        try (KnowledgeIndex small = new KnowledgeIndex(List.of(
                KnowledgeDocument.of("closing", "Closing your account", "## Steps\nVisit a branch with photo ID."),
                KnowledgeDocument.of("fees", "Fee schedule", "## Fees\nA closed account has no monthly fee."),
                KnowledgeDocument.of("other", "Travel", "## Abroad\nTell us before you travel."),
                KnowledgeDocument.of("secret", "Internal: Account closure checklist", "## Steps\nClose the account.")))) {

            assertThat(small.search("how do I close my accounts", 5, false)).extracting(KnowledgeHit::documentId)
                    .as("'close'/'closing'/'closed' share a stem; title match ranks first").containsExactly("closing", "fees");
            assertThat(small.search("how do I close my accounts", 5, true)).extracting(KnowledgeHit::documentId)
                    .contains("secret");
            assertThat(small.search("travelling", 5, false)).extracting(KnowledgeHit::documentId).containsExactly("other");
            KnowledgeHit hit = small.search("photo ID", 1, false).get(0);
            assertThat(hit).extracting(KnowledgeHit::documentId, KnowledgeHit::title, KnowledgeHit::section, KnowledgeHit::passage)
                    .containsExactly("closing", "Closing your account", "Steps", "Visit a branch with photo ID.");
        }
    }
}
