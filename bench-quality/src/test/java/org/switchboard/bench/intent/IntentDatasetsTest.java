package org.switchboard.bench.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.core.intent.LabelledExample;

class IntentDatasetsTest {

    @TempDir
    Path dir;

    @Test
    void readsBanking77CsvWithQuotedCommasAndQuotes() throws IOException {
        Path csv = Files.writeString(dir.resolve("train.csv"), "text,category\n"
                + "I am still waiting on my card?,card_arrival\n"
                + "\"Hi, my card says \"\"declined\"\", why?\",declined_card_payment\n", StandardCharsets.UTF_8);
        assertThat(IntentDatasets.readBanking77Csv(csv)).containsExactly(
                new LabelledExample("I am still waiting on my card?", "card_arrival"),
                new LabelledExample("Hi, my card says \"declined\", why?", "declined_card_payment"));
    }

    @Test
    void rejectsACsvWithoutTheExpectedColumns() throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "sentence,label\nhello,greeting\n");
        assertThatThrownBy(() -> IntentDatasets.readBanking77Csv(csv)).isInstanceOf(IOException.class)
                .hasMessageContaining("text and category");
    }

    @Test
    void readsEveryPartOfAClincJsonFile() throws IOException {
        Path json = Files.writeString(dir.resolve("val.json"), "{\"val\": [[\"how do i say hello in french\", "
                + "\"translate\"]], \"oos_val\": [[\"a show on broadway\", \"oos\"]]}");
        assertThat(IntentDatasets.readClincJson(json)).containsExactly(
                new LabelledExample("how do i say hello in french", "translate"),
                new LabelledExample("a show on broadway", "oos"));
    }

    @Test
    void rejectsAClincFileWithAMalformedPair() throws IOException {
        Path json = Files.writeString(dir.resolve("bad.json"), "{\"val\": [[\"only text\"]]}");
        assertThatThrownBy(() -> IntentDatasets.readClincJson(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("val[0]");
    }
}
