package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntentClassifierTrainerTest {

    private static final String[] CARD = {"my card has not arrived yet", "when will my new card arrive",
        "still waiting for the card you sent", "card delivery is taking too long", "where is my card in the post",
        "has my card been shipped", "the card never came in the mail", "how long until the card arrives",
        "i did not receive my card", "track the delivery of my card", "card still not delivered after two weeks",
        "is my card on its way"};
    private static final String[] REFUND = {"i want my money back for this order", "how do i get a refund",
        "refund the purchase please", "the refund has not shown up", "can you return my money",
        "request a refund for a double charge", "money back for the cancelled item", "where is my refund",
        "please refund me", "refund still pending on my account", "give me a refund for the broken item",
        "why was my refund declined"};
    private static final String[] RATE = {"what is the exchange rate today", "how much is one euro in dollars",
        "exchange rate for pounds", "what rate do you use to convert currency", "currency conversion rate please",
        "is the exchange rate fair", "dollar to yen rate", "show me the euro rate",
        "which exchange rate applies to my payment", "how are currencies converted", "rate for changing money abroad",
        "current conversion rate for francs"};
    private static final String[] OUT_OF_SCOPE = {"play some jazz music", "what is the weather in paris",
        "tell me a joke about cats", "who won the football match", "recommend a good pizza recipe",
        "how tall is mount everest"};

    private static List<LabelledExample> examples(boolean withOutOfScope) {
        List<LabelledExample> examples = new ArrayList<>();
        for (int i = 0; i < CARD.length; i++) {
            examples.add(new LabelledExample(CARD[i], "card_arrival"));
            examples.add(new LabelledExample(REFUND[i], "request_refund"));
            examples.add(new LabelledExample(RATE[i], "exchange_rate"));
        }
        if (withOutOfScope) {
            for (String text : OUT_OF_SCOPE) {
                examples.add(new LabelledExample(text, "oos"));
            }
        }
        return examples;
    }

    private static IntentClassifierTrainer trainer(TextEmbedder embedder) {
        return new IntentClassifierTrainer(embedder, IntentTrainingOptions.defaults());
    }

    @Test
    void learnsSeparableIntentsAndFlagsOutOfScopeMessages() {
        IntentClassifier classifier = trainer(new HashingTestEmbedder(64)).train(examples(true));

        assertThat(classifier.intents()).containsExactly("card_arrival", "exchange_rate", "request_refund");
        IntentPrediction card = classifier.classify("my card still has not arrived");
        assertThat(card.intent()).isEqualTo("card_arrival");
        assertThat(card.outOfScope()).isFalse();
        assertThat(classifier.classify("I would like a refund please").intent()).isEqualTo("request_refund");
        assertThat(classifier.classify("what exchange rate do you apply").intent()).isEqualTo("exchange_rate");

        IntentPrediction weather = classifier.classify("will it snow in berlin tomorrow");
        assertThat(weather.outOfScope()).isTrue();
        assertThat(weather.confidence()).isLessThan(classifier.threshold());
    }

    @Test
    void blankOrNullTextIsOutOfScope() {
        IntentClassifier classifier = trainer(new HashingTestEmbedder(64)).train(examples(false));
        assertThat(classifier.classify("   ").outOfScope()).isTrue();
        assertThat(classifier.classify(null).outOfScope()).isTrue();
        assertThat(classifier.classify("?!").outOfScope()).isTrue();
    }

    @Test
    void withoutOutOfScopeExamplesTheThresholdRejectsFewHeldOutMessages() {
        IntentClassifier classifier = trainer(new HashingTestEmbedder(64)).train(examples(false));
        assertThat(classifier.threshold()).isBetween(0.0, 1.0);
        long accepted = examples(false).stream().filter(e -> !classifier.classify(e.text()).outOfScope()).count();
        assertThat(accepted).isGreaterThanOrEqualTo(30);
    }

    @Test
    void trainingIsDeterministic() {
        List<LabelledExample> examples = examples(true);
        IntentClassifier a = trainer(new HashingTestEmbedder(64)).train(examples);
        IntentClassifier b = trainer(new HashingTestEmbedder(64)).train(examples);
        assertThat(a.threshold()).isEqualTo(b.threshold());
        for (String probe : List.of("card not here", "refund my money", "rate of the euro", "sing a song")) {
            assertThat(a.probabilities(probe)).containsExactly(b.probabilities(probe));
        }
    }

    @Test
    void everyFeatureSetLearnsTheSeparableIntents() {
        for (FeatureSet set : FeatureSet.values()) {
            IntentClassifier classifier = new IntentClassifierTrainer(new HashingTestEmbedder(64),
                    IntentTrainingOptions.defaults().withFeatures(set).withCalibrationFraction(0)).train(examples(false));
            assertThat(classifier.features()).isEqualTo(set);
            assertThat(classifier.classify("when does my card arrive").intent()).as(set.name()).isEqualTo("card_arrival");
            assertThat(classifier.threshold()).isEqualTo(IntentTrainingOptions.defaults().fixedThreshold());
        }
    }

    @Test
    void embedsEachDistinctTrainingTextOnceAndUsesThePlainEmbedderAfterwards() {
        HashingTestEmbedder embedder = new HashingTestEmbedder(64);
        List<LabelledExample> examples = examples(true);
        IntentClassifier classifier = trainer(embedder).train(examples);
        assertThat(embedder.textsEmbedded()).isEqualTo(examples.size());
        classifier.classify("my card has not arrived yet");
        assertThat(embedder.textsEmbedded()).isEqualTo(examples.size() + 1);
    }

    @Test
    void rejectsTrainingDataWithoutAnInScopeExample() {
        List<LabelledExample> onlyOutOfScope = List.of(new LabelledExample("play music", "oos"));
        assertThatThrownBy(() -> trainer(new HashingTestEmbedder(8)).train(onlyOutOfScope))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no in-scope");
        assertThatThrownBy(() -> new LabelledExample("text", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
