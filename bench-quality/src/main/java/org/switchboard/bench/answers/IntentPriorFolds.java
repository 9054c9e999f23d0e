package org.switchboard.bench.answers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.bench.intent.EmbeddingCacheFile;
import org.switchboard.core.intent.TextEmbedder;
import org.switchboard.plugins.knowledge.AnswerRetrieval;
import org.switchboard.plugins.knowledge.IntentPrior;
import org.switchboard.plugins.knowledge.IntentPriorRanking;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;
import org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel;

/**
 * The shipped intent priors ({@link IntentPrior}, {@link IntentPriorRanking}) for the answer benchmark: the shipped
 * ten-feature coefficients, and 5-fold cross-validated ones (message {@code i} in fold {@code i % 5}, each fold's
 * coefficients fitted by {@link LogisticFit}, L2 {@value AnswerCalibrationFit#LAMBDA}, on the first
 * {@value IntentPriorRanking#CANDIDATES} fused candidates of the other folds' messages).
 */
final class IntentPriorFolds {

    private final AnswerRetrieval hybrid;
    private final List<KnowledgeDocument> documents;
    private final IntentPrior prior;
    private final TextEmbedder embedder;
    private final IntentPriorRanking shipped;

    private IntentPriorFolds(AnswerRetrieval hybrid, List<KnowledgeDocument> documents, IntentPrior prior,
                             TextEmbedder embedder, IntentPriorRanking shipped) {
        this.hybrid = hybrid;
        this.documents = documents;
        this.prior = prior;
        this.embedder = embedder;
        this.shipped = shipped;
    }

    /**
     * @param hybrid    the hybrid search without priors
     * @param documents the bundled articles
     * @param model     the embedding model
     * @param cache     an embedding cache file, or null
     * @return the bundled priors with their shipped coefficients
     * @throws IOException if they are missing, unreadable or made for other articles
     */
    static IntentPriorFolds bundled(AnswerRetrieval hybrid, List<KnowledgeDocument> documents,
                                    KnowledgeEmbeddingModel model, Path cache) throws IOException {
        TextEmbedder embedder = model.load().orElseThrow(() -> new IllegalStateException(model + " is not on the classpath"));
        if (cache != null) {
            embedder = new EmbeddingCacheFile(embedder, cache);
        }
        String resource = KnowledgeDocumentLoader.BUNDLED_BASE + "/" + KnowledgeBasePlugin.intentPriorFileName(model);
        IntentPrior prior;
        try (InputStream in = IntentPriorFolds.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is missing");
            }
            prior = IntentPrior.read(in, model.configName(), IntentPrior.fingerprint(model.configName(), documents))
                    .orElseThrow(() -> new IOException(resource + " was made for other articles; rebuild it"));
        }
        IntentPriorRanking shipped = IntentPriorRanking.read(IntentPriorFolds.class.getClassLoader()
                .getResourceAsStream(IntentPriorRanking.CALIBRATION_RESOURCE), IntentPriorRanking.CALIBRATION_RESOURCE,
                prior, embedder);
        return new IntentPriorFolds(hybrid, documents, prior, embedder, shipped);
    }

    /** @return the shipped ranking */
    IntentPriorRanking shipped() {
        return shipped;
    }

    /**
     * @param questions the labelled messages, in file order
     * @return for each message id, the search with the priors re-scored by its fold's coefficients
     */
    Map<String, AnswerRetrieval> crossValidated(List<LabelledQuestions.Question> questions) {
        List<List<double[]>> features = new ArrayList<>();
        List<int[]> positives = new ArrayList<>();
        for (LabelledQuestions.Question question : questions) {
            List<AnswerRetrieval.Scored> fused = hybrid.search(question.text(), IntentPriorRanking.CANDIDATES,
                    IntentPriorExperiment.rankOrder());
            features.add(IntentPriorRanking.features(question.text(), fused, prior, embedder));
            Set<String> labels = new HashSet<>(question.answers());
            positives.add(fused.stream().mapToInt(c -> labels.contains(c.documentId()) ? 1 : 0).toArray());
        }
        Map<String, AnswerRetrieval> byMessage = new HashMap<>();
        for (int fold = 0; fold < AnswerCalibrationFit.FOLDS; fold++) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                if (i % AnswerCalibrationFit.FOLDS != fold) {
                    x.addAll(features.get(i));
                    Arrays.stream(positives.get(i)).forEach(y::add);
                }
            }
            double[] beta = LogisticFit.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                    AnswerCalibrationFit.LAMBDA);
            AnswerRetrieval search = hybrid.withIntentPrior(new IntentPriorRanking(prior, embedder, beta[0],
                    Arrays.copyOfRange(beta, 1, beta.length)));
            for (int i = fold; i < questions.size(); i += AnswerCalibrationFit.FOLDS) {
                byMessage.put(questions.get(i).id(), search);
            }
        }
        return byMessage;
    }

    /** @return the articles */
    List<KnowledgeDocument> documents() {
        return documents;
    }
}
