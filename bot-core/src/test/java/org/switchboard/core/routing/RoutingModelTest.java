package org.switchboard.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.intent.LabelledExample;

/** The routing model trained on the bundled examples, as the offline agent uses it. */
class RoutingModelTest {

    private static final MessageRouter ROUTER = new MessageRouter(0.5, Optional.empty());

    @Test
    void routesMessagesItNeverSawToTheAgentWhoseJobTheyAre() {
        assertThat(ROUTER.route("my parcel still hasn't been delivered, it's been two weeks").label()).isEqualTo("orders");
        assertThat(ROUTER.route("I'd like to send back the shoes I bought last month").label()).isEqualTo("orders");
        assertThat(ROUTER.route("how much does it cost to transfer money to another country").label()).isEqualTo("knowledge");
        assertThat(ROUTER.route("the mobile app shows an error every time I open it").label()).isEqualTo("technical");
        assertThat(ROUTER.route("I need to update the phone number on my profile").label()).isEqualTo("account");
        assertThat(ROUTER.route("put me through to one of your staff").label()).isEqualTo("human");
    }

    @Test
    void recognisesOffTopicMessages() {
        Route weather = ROUTER.route("will it rain in Chicago this weekend");
        Route joke = ROUTER.route("tell me something funny");

        assertThat(weather.offTopic()).isTrue();
        assertThat(joke.label()).isEqualTo(Route.OFF_TOPIC);
    }

    @Test
    void isNotConfidentAboutAMessageWithoutWords() {
        Route route = ROUTER.route("?!");

        assertThat(route.confident()).isFalse();
        assertThat(route.offTopic()).isFalse();
    }

    @Test
    void learnsANewAgentFromTheAdminsExamples(@TempDir Path dir) throws IOException {
        StringBuilder billing = new StringBuilder();
        for (String text : List.of("why is my invoice so high", "I was billed for a plan I cancelled",
                "send me a copy of my last invoice", "my subscription renewal charge is wrong",
                "can I pay my invoice by bank transfer", "what does this line on my bill mean")) {
            billing.append("billing\t").append(text).append('\n');
        }
        Path file = Files.writeString(dir.resolve("billing.tsv"), billing);
        MessageRouter withBilling = new MessageRouter(0.5, Optional.of(file.toString()));

        assertThat(withBilling.route("there's a wrong charge on my latest invoice").label()).isEqualTo("billing");
    }

    @Test
    void repeatsRareLabelsUpToTheMinimumAndLeavesFrequentOnesAlone() {
        List<LabelledExample> examples = List.of(new LabelledExample("a", "rare"), new LabelledExample("b", "rare"));
        List<LabelledExample> many = java.util.stream.IntStream.range(0, RoutingModel.MIN_PER_LABEL + 5)
                .mapToObj(i -> new LabelledExample("t" + i, "common")).toList();
        List<LabelledExample> all = new java.util.ArrayList<>(examples);
        all.addAll(many);

        List<LabelledExample> balanced = RoutingModel.balanced(all);

        assertThat(balanced.stream().filter(e -> e.intent().equals("rare")).count()).isEqualTo(RoutingModel.MIN_PER_LABEL);
        assertThat(balanced.stream().filter(e -> e.intent().equals("common")).count()).isEqualTo(many.size());
    }

    @Test
    void refusesToTrainWithoutExamples() {
        assertThatThrownBy(() -> RoutingModel.train(List.of(), 0.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
