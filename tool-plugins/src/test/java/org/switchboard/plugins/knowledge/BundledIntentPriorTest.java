package org.switchboard.plugins.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.intent.TextEmbedder;

/** The shipped intent priors and their coefficients belong to the bundled help center as it is now. */
class BundledIntentPriorTest {

    @Test
    void shippedPriorMatchesTheBundledArticlesAndItsCoefficientsRead() throws IOException {
        List<KnowledgeDocument> documents = new KnowledgeDocumentLoader().bundled();
        KnowledgeEmbeddingModel model = KnowledgeEmbeddingModel.ALL_MINILM_L6_V2;
        String resource = KnowledgeDocumentLoader.BUNDLED_BASE + "/" + KnowledgeBasePlugin.intentPriorFileName(model);
        Optional<IntentPrior> prior;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            prior = IntentPrior.read(in, model.configName(), IntentPrior.fingerprint(model.configName(), documents));
        }
        assertThat(prior).as("rebuild it when the articles change (docs/ANSWERS.md)").isPresent();
        assertThat(prior.get().intents()).hasSize(77);
        assertThat(prior.get().intents()).allSatisfy(i -> assertThat(i.centroid()).hasSize(384));

        TextEmbedder unused = new TextEmbedder() {
            @Override
            public int dimension() {
                return 384;
            }

            @Override
            public List<float[]> embed(List<String> texts) {
                throw new UnsupportedOperationException("not embedding in this test");
            }
        };
        IntentPriorRanking ranking = IntentPriorRanking.read(getClass().getClassLoader()
                .getResourceAsStream(IntentPriorRanking.CALIBRATION_RESOURCE), IntentPriorRanking.CALIBRATION_RESOURCE,
                prior.get(), unused);
        double[] strong = new double[IntentPriorRanking.NAMES.size()];
        double[] weak = strong.clone();
        strong[IntentPriorRanking.NAMES.indexOf("prior")] = 0.5;
        assertThat(ranking.probability(strong)).isGreaterThan(ranking.probability(weak));
    }
}
