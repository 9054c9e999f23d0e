package org.switchboard.bench.answers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
import org.switchboard.plugins.knowledge.AnswerLabelPrior;
import org.switchboard.plugins.knowledge.AnswerRetrieval;
import org.switchboard.plugins.knowledge.IntentPrior;
import org.switchboard.plugins.knowledge.IntentPriorRanking;
import org.switchboard.plugins.knowledge.KnowledgeBasePlugin;
import org.switchboard.plugins.knowledge.KnowledgeDocument;
import org.switchboard.plugins.knowledge.KnowledgeDocumentLoader;
import org.switchboard.plugins.knowledge.KnowledgeEmbeddingModel;

/**
 * The shipped intent priors ({@link IntentPrior}, {@link IntentPriorRanking}) for the answer benchmark: the shipped
 * coefficients and labelled-message prior ({@link AnswerLabelPrior}), and 5-fold cross-validated ones (message
 * {@code i} in fold {@code i % 5}; each fold's labelled-message prior learnt from the other folds, its coefficients
 * fitted by {@link LogisticFit}, L2 {@value AnswerCalibrationFit#LAMBDA}, on the first
 * {@value IntentPriorRanking#CANDIDATES} fused candidates of the other folds' messages, whose labelled features
 * come from outside their own fold).
 */
final class IntentPriorFolds {

    private final AnswerRetrieval hybrid;
    private final List<KnowledgeDocument> documents;
    private final IntentPrior prior;
    private final TextEmbedder embedder;
    private final IntentPriorRanking shipped;
    private final Map<String, float[]> vectors = new HashMap<>();
    private final Set<String> customerFacing = new HashSet<>();

    private IntentPriorFolds(AnswerRetrieval hybrid, List<KnowledgeDocument> documents, IntentPrior prior,
                             TextEmbedder embedder, IntentPriorRanking shipped) {
        this.hybrid = hybrid;
        this.documents = documents;
        this.prior = prior;
        this.embedder = embedder;
        this.shipped = shipped;
        documents.stream().filter(d -> !d.internal()).forEach(d -> customerFacing.add(d.id()));
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
        String labels = KnowledgeDocumentLoader.BUNDLED_BASE + "/" + KnowledgeBasePlugin.answerLabelsFileName(model);
        try (InputStream in = IntentPriorFolds.class.getClassLoader().getResourceAsStream(labels)) {
            if (in != null) {
                shipped = shipped.withLabels(AnswerLabelPrior.read(in));
            }
        }
        return new IntentPriorFolds(hybrid, documents, prior, embedder, shipped);
    }

    /** @return the shipped ranking */
    IntentPriorRanking shipped() {
        return shipped;
    }

    /**
     * @param questions the labelled messages, in file order
     * @return for each message id, the search with the priors re-scored by its fold's coefficients and with the
     *         labelled-message prior ({@link AnswerLabelPrior}) learnt from the other folds only
     */
    Map<String, AnswerRetrieval> crossValidated(List<LabelledQuestions.Question> questions) {
        OutOfFold data = outOfFold(questions);
        Map<String, AnswerRetrieval> byMessage = new HashMap<>();
        for (int fold = 0; fold < AnswerCalibrationFit.FOLDS; fold++) {
            double[] beta = data.fit(fold);
            AnswerRetrieval search = hybrid.withIntentPrior(new IntentPriorRanking(prior, embedder, beta[0],
                    Arrays.copyOfRange(beta, 1, beta.length), data.labels()[fold]));
            for (int i = fold; i < questions.size(); i += AnswerCalibrationFit.FOLDS) {
                byMessage.put(questions.get(i).id(), search);
            }
        }
        return byMessage;
    }

    /**
     * Writes what ships: the labelled-message prior learnt from every question, and the coefficients fitted on every
     * question's out-of-fold features (each message's labelled features from the other folds' labels, so the weights
     * are not fitted on features that saw the message's own answer).
     *
     * @param questions   the labelled messages
     * @param labels      where to write the {@link AnswerLabelPrior} text, or null
     * @param calibration where to write the coefficients, or null
     * @throws IOException if a file cannot be written
     */
    void write(List<LabelledQuestions.Question> questions, Path labels, Path calibration) throws IOException {
        OutOfFold data = outOfFold(questions);
        if (labels != null) {
            Files.writeString(labels, learn(questions, i -> true).text(questions.size()
                    + " labelled messages (bench-quality answers/customer-questions.tsv)"));
        }
        if (calibration != null) {
            double[] beta = data.fit(-1);
            Files.writeString(calibration, IntentPriorRanking.propertiesText(beta[0],
                    Arrays.copyOfRange(beta, 1, beta.length), questions.size() + " labelled messages, first "
                            + IntentPriorRanking.CANDIDATES + " fused candidates, out-of-fold labelled features, L2 "
                            + AnswerCalibrationFit.LAMBDA));
        }
    }

    /** Every message's candidates' features, its labelled ones from the other folds, and which candidates are right. */
    private record OutOfFold(List<List<double[]>> features, List<int[]> positives, AnswerLabelPrior[] labels) {
        /** @return coefficients fitted on every message outside {@code fold} (-1: on all) */
        double[] fit(int fold) {
            List<double[]> x = new ArrayList<>();
            List<Integer> y = new ArrayList<>();
            for (int i = 0; i < features.size(); i++) {
                if (i % AnswerCalibrationFit.FOLDS != fold) {
                    x.addAll(features.get(i));
                    Arrays.stream(positives.get(i)).forEach(y::add);
                }
            }
            return LogisticFit.fit(x.toArray(double[][]::new), y.stream().mapToInt(Integer::intValue).toArray(),
                    AnswerCalibrationFit.LAMBDA);
        }
    }

    private OutOfFold outOfFold(List<LabelledQuestions.Question> questions) {
        AnswerLabelPrior[] labels = new AnswerLabelPrior[AnswerCalibrationFit.FOLDS];
        for (int fold = 0; fold < labels.length; fold++) {
            int held = fold;
            labels[fold] = learn(questions, i -> i % AnswerCalibrationFit.FOLDS != held);
        }
        List<List<double[]>> features = new ArrayList<>();
        List<int[]> positives = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            LabelledQuestions.Question question = questions.get(i);
            List<AnswerRetrieval.Scored> fused = hybrid.search(question.text(), IntentPriorRanking.CANDIDATES,
                    IntentPriorExperiment.rankOrder());
            features.add(IntentPriorRanking.features(vector(question), fused, prior,
                    labels[i % AnswerCalibrationFit.FOLDS]));
            Set<String> answers = new HashSet<>(question.answers());
            positives.add(fused.stream().mapToInt(c -> answers.contains(c.documentId()) ? 1 : 0).toArray());
        }
        return new OutOfFold(features, positives, labels);
    }

    /**
     * The prior learns from the customer-facing answers only: a message only internal articles answer is, for what the
     * bot may quote, a message no article answers.
     */
    private AnswerLabelPrior learn(List<LabelledQuestions.Question> questions, java.util.function.IntPredicate use) {
        List<AnswerLabelPrior.Labelled> labelled = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (use.test(i)) {
                labelled.add(new AnswerLabelPrior.Labelled(vector(questions.get(i)), questions.get(i).answers().stream()
                        .filter(customerFacing::contains).toList()));
            }
        }
        return AnswerLabelPrior.learn(prior, labelled);
    }

    private float[] vector(LabelledQuestions.Question question) {
        return vectors.computeIfAbsent(question.text(), hybrid::messageVector);
    }

    /** @return the articles */
    List<KnowledgeDocument> documents() {
        return documents;
    }
}
