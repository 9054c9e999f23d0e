package org.switchboard.core.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.intent.LabelledExample;

class RoutingExamplesTest {

    @Test
    void parsesLabelTabMessageLinesSkippingCommentsAndBlankLines() throws IOException {
        List<LabelledExample> examples = RoutingExamples.parse(new StringReader("""
                # a comment
                orders\twhere is my parcel

                human\t  get me a person, please\t(now)
                """), "test");

        assertThat(examples).containsExactly(new LabelledExample("where is my parcel", "orders"),
                new LabelledExample("get me a person, please\t(now)", "human"));
    }

    @Test
    void namesTheFileAndLineOfAMalformedLine() {
        assertThatThrownBy(() -> RoutingExamples.parse(new StringReader("orders\tok\nno tab here\n"), "mine.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("mine.tsv:2");
        assertThatThrownBy(() -> RoutingExamples.parse(new StringReader("orders\t   \n"), "mine.tsv"))
                .isInstanceOf(IOException.class).hasMessageContaining("mine.tsv:1");
    }

    @Test
    void readsAnAdminsFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("routing.tsv"), "billing\twhy is my invoice so high\n");

        assertThat(RoutingExamples.read(file)).containsExactly(new LabelledExample("why is my invoice so high", "billing"));
    }

    @Test
    void bundlesExamplesForEveryBuiltInAgentAndForOffTopicMessages() {
        Map<String, Long> perLabel = RoutingExamples.builtIn().stream()
                .collect(Collectors.groupingBy(LabelledExample::intent, Collectors.counting()));

        assertThat(perLabel).containsOnlyKeys("knowledge", "orders", "account", "technical", "human", Route.OFF_TOPIC);
        assertThat(perLabel.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(20));
    }
}
