package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.LabelledExample;
import org.switchboard.core.intent.TextEmbedder;

/** Intent priors learnt from intent-labelled messages through the search, their file, and the re-scoring. */
class IntentPriorTest {

    private static final List<KnowledgeDocument> DOCUMENTS = List.of(
            KnowledgeDocument.of("lock-card", "Lock a debit card", "## Lock your card\nOpen the app, choose Cards and "
                    + "switch on Lock card. Unlock it the same way."),
            KnowledgeDocument.of("close-account", "Close a checking account", "## Closing\nTo close your checking "
                    + "account, move the balance out first, then ask us to close it."),
            KnowledgeDocument.of("mobile-deposit", "Mobile check deposit", "## Deposit a check\nPhotograph both sides "
                    + "of the check in the app to deposit it."));

    private static final List<LabelledExample> EXAMPLES = List.of(
            new LabelledExample("please lock my card", "card_lost"),
            new LabelledExample("I want to lock the card I lost", "card_lost"),
            new LabelledExample("lock card now", "card_lost"),
            new LabelledExample("how do I close my account", "terminate_account"),
            new LabelledExample("close the checking account please", "terminate_account"),
            new LabelledExample("deposit a check with my phone", "cheque_deposit"),
            new LabelledExample("can I photograph a check to deposit it", "cheque_deposit"));

    /** A real, tiny embedder: hashed bag of lower-case words, unit length. */
    private static final TextEmbedder WORDS = new TextEmbedder() {
        @Override
        public int dimension() {
            return 64;
        }

        @Override
        public List<float[]> embed(List<String> texts) {
            return texts.stream().map(text -> {
                float[] v = new float[64];
                for (String word : text.toLowerCase(Locale.ROOT).split("\\W+")) {
                    if (!word.isEmpty()) {
                        v[Math.floorMod(word.hashCode(), 64)] += 1;
                    }
                }
                double norm = 0;
                for (float x : v) {
                    norm += x * x;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = norm == 0 ? 0 : (float) (v[i] / Math.sqrt(norm));
                }
                return v;
            }).toList();
        }
    };

    private static AnswerRetrieval retrieval() {
        return new AnswerRetrieval(new KnowledgeIndex(DOCUMENTS), new DenseKnowledgeIndex(DOCUMENTS,
                new PassageSplitter(), WORDS), DOCUMENTS, new AnswerCalibration(-3, new double[] {2, 4, 3, 1, 1, 1}, "test"));
    }

    @Test
    void learnsWhichArticleEachIntentReachesAndClassifiesByCentroid() {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);

        assertThat(prior.intents()).extracting(IntentPrior.Intent::name)
                .containsExactly("card_lost", "cheque_deposit", "terminate_account");
        Map<String, Double> cardLost = prior.intents().get(0).articles();
        assertThat(cardLost.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())
                .isEqualTo("lock-card");
        assertThat(cardLost.values().stream().mapToDouble(Double::doubleValue).sum()).isLessThanOrEqualTo(1.0 + 1e-9);

        double[] p = prior.intentProbabilities(WORDS.embed(List.of("lock my lost card")).get(0));
        assertThat(Arrays.stream(p).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(p[0]).isGreaterThan(p[1]).isGreaterThan(0);
        assertThat(p[0]).isGreaterThan(p[2]);
        Map<String, Double> articles = prior.articlePrior(p);
        assertThat(articles.get("lock-card")).isGreaterThan(articles.getOrDefault("mobile-deposit", 0.0));
    }

    @Test
    void roundTripsThroughItsFileAndRefusesAnotherKnowledgeBase() throws IOException {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        prior.write(out);

        IntentPrior read = IntentPrior.read(new ByteArrayInputStream(out.toByteArray()), "words",
                IntentPrior.fingerprint("words", DOCUMENTS)).orElseThrow();
        assertThat(read.temperature()).isEqualTo(prior.temperature());
        assertThat(read.intents()).hasSize(3);
        assertThat(read.intents().get(0).centroid()).containsExactly(prior.intents().get(0).centroid());
        assertThat(read.intents().get(0).articles().get("lock-card"))
                .isCloseTo(prior.intents().get(0).articles().get("lock-card"), within(1e-5));

        List<KnowledgeDocument> edited = List.of(DOCUMENTS.get(0), DOCUMENTS.get(1));
        assertThat(IntentPrior.read(new ByteArrayInputStream(out.toByteArray()), "words",
                IntentPrior.fingerprint("words", edited))).isEqualTo(Optional.empty());
        assertThat(IntentPrior.read(new ByteArrayInputStream(out.toByteArray()), "other-model",
                IntentPrior.fingerprint("words", DOCUMENTS))).isEmpty();
    }

    @Test
    void rejectsAFileInAnotherFormat() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write("something else\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> IntentPrior.read(new ByteArrayInputStream(out.toByteArray()), "words", "00"))
                .isInstanceOf(IOException.class).hasMessageContaining("not an intent prior");
    }

    @Test
    void priorFeaturesReorderTheFusedCandidates() throws IOException {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);
        // only the prior counts in these coefficients: the article the message's intent reaches comes first
        double[] weights = new double[IntentPriorRanking.NAMES.size()];
        weights[IntentPriorRanking.NAMES.indexOf("prior")] = 10;
        String text = IntentPriorRanking.propertiesText(-2, weights, "test");
        IntentPriorRanking ranking = IntentPriorRanking.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                "test", prior, WORDS);
        AnswerRetrieval search = retrieval().withIntentPrior(ranking);

        String message = "deposit it with my phone";
        List<AnswerRetrieval.Scored> hits = search.search(message, 3);

        assertThat(search.intentPrior()).isTrue();
        assertThat(hits).isNotEmpty();
        Map<String, Double> articlePrior = prior.articlePrior(prior.intentProbabilities(WORDS.embed(List.of(message)).get(0)));
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(articlePrior.getOrDefault(b.documentId(), 0.0),
                articlePrior.getOrDefault(a.documentId(), 0.0)));
        assertThat(hits.get(0).documentId()).isEqualTo("mobile-deposit");
        assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        List<double[]> features = IntentPriorRanking.features(message, hits, prior, WORDS);
        assertThat(features.get(0)).hasSize(IntentPriorRanking.NAMES.size());
        assertThat(features.get(0)[IntentPriorRanking.NAMES.indexOf("priorReciprocal")]).isEqualTo(1.0);
        assertThat(search.search(" ", 3)).isEmpty();
        assertThat(retrieval().withCalibration(new AnswerCalibration(0, new double[6], "x")).intentPrior()).isFalse();
    }

    @Test
    void pluginUsesAPriorFileBesideTheArticlesOnlyWhenItWasMadeForThem(@org.junit.jupiter.api.io.TempDir
                                                                           java.nio.file.Path directory) throws IOException {
        KnowledgeEmbeddingModel model = KnowledgeEmbeddingModel.ALL_MINILM_L6_V2;
        java.nio.file.Path file = directory.resolve(KnowledgeBasePlugin.intentPriorFileName(model));

        assertThat(KnowledgeBasePlugin.withIntentPrior(retrieval(), DOCUMENTS, model, WORDS, Optional.of(directory))
                .intentPrior()).as("no file").isFalse();

        try (java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            IntentPrior.build(retrieval(), WORDS, model.configName(), DOCUMENTS, EXAMPLES).write(out);
        }
        AnswerRetrieval withPrior = KnowledgeBasePlugin.withIntentPrior(retrieval(), DOCUMENTS, model, WORDS,
                Optional.of(directory));
        assertThat(withPrior.intentPrior()).isTrue();
        assertThat(withPrior.search("deposit a check", 2)).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.confidence()).isBetween(0.0, 1.0));

        java.nio.file.Files.writeString(directory.resolve(KnowledgeBasePlugin.answerLabelsFileName(model)),
                "intent\tcard_lost\tnone=oops\t\n");
        assertThat(KnowledgeBasePlugin.withIntentPrior(retrieval(), DOCUMENTS, model, WORDS, Optional.of(directory))
                .intentPrior()).as("an unreadable labels file leaves the priors on, without labels").isTrue();

        List<KnowledgeDocument> edited = List.of(DOCUMENTS.get(0), DOCUMENTS.get(2));
        assertThat(KnowledgeBasePlugin.withIntentPrior(retrieval(), edited, model, WORDS, Optional.of(directory))
                .intentPrior()).as("made for other articles").isFalse();

        java.nio.file.Files.writeString(file, "not gzip");
        assertThat(KnowledgeBasePlugin.withIntentPrior(retrieval(), DOCUMENTS, model, WORDS, Optional.of(directory))
                .intentPrior()).as("unreadable").isFalse();
    }

    @Test
    void refusesIncompleteCoefficientsAndBM25AloneSearch() {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);
        assertThatThrownBy(() -> IntentPriorRanking.read(new ByteArrayInputStream("bias=1\n".getBytes(StandardCharsets.UTF_8)),
                "broken", prior, WORDS)).isInstanceOf(IOException.class).hasMessageContaining("weight.cosine");
        IntentPriorRanking ranking = new IntentPriorRanking(prior, WORDS, 0, new double[IntentPriorRanking.NAMES.size()]);
        AnswerRetrieval lexicalOnly = new AnswerRetrieval(new KnowledgeIndex(DOCUMENTS), null, DOCUMENTS,
                new AnswerCalibration(0, new double[6], "x"));
        assertThatThrownBy(() -> lexicalOnly.withIntentPrior(ranking)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void labelledMessagesTeachEachIntentItsAnswersAndHowOftenThereIsNone() throws IOException {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);
        AnswerLabelPrior labels = AnswerLabelPrior.learn(prior, List.of(
                labelled("lock my card please", "lock-card"),
                labelled("I lost my card, lock it", "lock-card"),
                labelled("close my checking account"),
                labelled("can you close the account")));

        double[] lockMessage = prior.intentProbabilities(WORDS.embed(List.of("lock card")).get(0));
        double[] closeMessage = prior.intentProbabilities(WORDS.embed(List.of("close account")).get(0));
        assertThat(labels.articles(prior, lockMessage).get("lock-card")).isGreaterThan(0.3);
        assertThat(labels.articles(prior, closeMessage).getOrDefault("close-account", 0.0)).isZero();
        assertThat(labels.none(prior, closeMessage)).as("labelled: no article answers these")
                .isGreaterThan(0.3).isGreaterThan(labels.none(prior, lockMessage));
        assertThat(AnswerLabelPrior.EMPTY.articles(prior, lockMessage)).isEmpty();

        AnswerLabelPrior read = AnswerLabelPrior.read(new ByteArrayInputStream(labels.text("test")
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(read.articles(prior, lockMessage).get("lock-card"))
                .isCloseTo(labels.articles(prior, lockMessage).get("lock-card"), within(1e-4));
        assertThat(read.none(prior, closeMessage)).isCloseTo(labels.none(prior, closeMessage), within(1e-4));
        assertThatThrownBy(() -> AnswerLabelPrior.read(new ByteArrayInputStream("intent\tx\tnone=2\t\n"
                .getBytes(StandardCharsets.UTF_8)))).isInstanceOf(IOException.class).hasMessageContaining("line 1");
    }

    @Test
    void labelledFeaturesRankTheLabelledArticleFirstAndTheMessageIsEmbeddedOnce() throws IOException {
        IntentPrior prior = IntentPrior.build(retrieval(), WORDS, "words", DOCUMENTS, EXAMPLES);
        AnswerLabelPrior labels = AnswerLabelPrior.learn(prior, List.of(labelled("lock my card please", "close-account")));
        double[] weights = new double[IntentPriorRanking.NAMES.size()];
        weights[IntentPriorRanking.NAMES.indexOf("labelledRelative")] = 10;
        // a file without the labelled weights still reads (they are 0)
        String old = IntentPriorRanking.propertiesText(-2, new double[IntentPriorRanking.NAMES.size()], "test")
                .lines().filter(line -> !line.startsWith("weight.labelled")).reduce("", (a, b) -> a + b + "\n");
        assertThat(IntentPriorRanking.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)), "old",
                prior, WORDS)).isNotNull();
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        TextEmbedder counting = new TextEmbedder() {
            @Override
            public int dimension() {
                return WORDS.dimension();
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                calls.incrementAndGet();
                return WORDS.embed(texts);
            }
        };
        AnswerRetrieval search = new AnswerRetrieval(new KnowledgeIndex(DOCUMENTS), new DenseKnowledgeIndex(DOCUMENTS,
                new PassageSplitter(), counting), DOCUMENTS, new AnswerCalibration(-3, new double[] {2, 4, 3, 1, 1, 1}, "t"))
                .withIntentPrior(new IntentPriorRanking(prior, counting, -2, weights, labels));
        calls.set(0);

        List<AnswerRetrieval.Scored> hits = search.search("lock my card", 3);

        assertThat(calls.get()).as("one model call per message").isEqualTo(1);
        assertThat(hits.get(0).documentId()).isEqualTo("close-account");
    }

    @Test
    void theMessageVectorIsTheChunkVectorOrTheUnitMeanOfALongMessagesChunks() {
        DenseKnowledgeIndex dense = new DenseKnowledgeIndex(DOCUMENTS, new PassageSplitter(), WORDS);
        String shortMessage = "lock my card";
        assertThat(dense.messageVector(shortMessage, dense.embedQuery(shortMessage,
                DenseKnowledgeIndex.QueryMode.CHUNKED))).containsExactly(WORDS.embed(List.of(shortMessage)).get(0));

        String first = "I lost my card on the train yesterday evening and I am worried. ".repeat(4).strip();
        String second = "Please tell me how to deposit a check with my phone.";
        String longMessage = first + " " + second;
        List<float[]> chunks = dense.embedQuery(longMessage, DenseKnowledgeIndex.QueryMode.CHUNKED);
        float[] vector = dense.messageVector(longMessage, chunks);

        assertThat(chunks).hasSizeGreaterThan(1);
        double norm = 0;
        double towardsEachChunk = Double.MAX_VALUE;
        for (float x : vector) {
            norm += x * x;
        }
        for (float[] chunk : chunks) {
            double dot = 0;
            for (int d = 0; d < chunk.length; d++) {
                dot += chunk[d] * vector[d];
            }
            towardsEachChunk = Math.min(towardsEachChunk, dot);
        }
        assertThat(norm).isCloseTo(1.0, within(1e-5));
        assertThat(towardsEachChunk).as("the mean leans towards every chunk").isGreaterThan(0.3);
    }

    private static AnswerLabelPrior.Labelled labelled(String text, String... answers) {
        return new AnswerLabelPrior.Labelled(WORDS.embed(List.of(text)).get(0), List.of(answers));
    }
}
