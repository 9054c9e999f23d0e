package org.switchboard.bench.replay;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadFilterTest {

    private final PayloadFilter filter = new PayloadFilter();

    private Optional<String> skipReason(Path file) throws IOException {
        return filter.skipReason(PayloadLoader.load(file));
    }

    @Test
    void everyCustomerMessageIsReplayed() throws IOException {
        List<Path> files = PayloadLoader.collect(List.of(SlackFixtures.resolve("customer-messages")));

        assertThat(files).hasSize(120);
        assertThat(files).isSorted();
        for (Path file : files) {
            SlackPayload payload = PayloadLoader.load(file);
            assertThat(filter.skipReason(payload)).as(file.getFileName().toString()).isEmpty();
            assertThat(payload.eventType()).isIn("message", "app_mention");
            assertThat(payload.text()).isNotBlank();
        }
    }

    @Test
    void botMessagesAreSkipped() throws IOException {
        List<Path> files = PayloadLoader.collect(List.of(SlackFixtures.resolve("events/message-bot_message")));

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(skipReason(file)).as(file.getFileName().toString())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("bot_message"));
        }
        assertThat(skipReason(SlackFixtures.resolve("events/app_mention-bot_message/java_EventTest-L77.json")))
                .isPresent();
    }

    @Test
    void editedMessagesAreSkipped() throws IOException {
        List<Path> files = PayloadLoader.collect(List.of(SlackFixtures.resolve("events/message-message_changed")));

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(skipReason(file)).as(file.getFileName().toString())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("message_changed"));
        }
    }

    @Test
    void urlVerificationIsSkipped() throws IOException {
        List<Path> files = PayloadLoader.collect(List.of(SlackFixtures.resolve("events/url_verification")));

        assertThat(files).isNotEmpty();
        for (Path file : files) {
            assertThat(skipReason(file)).as(file.getFileName().toString())
                    .hasValue("type is url_verification, not event_callback");
        }
    }

    @Test
    void otherEventTypesAreSkipped() throws IOException {
        for (Path file : PayloadLoader.collect(List.of(SlackFixtures.resolve("events/reaction_added")))) {
            assertThat(skipReason(file)).as(file.getFileName().toString())
                    .hasValueSatisfying(reason -> assertThat(reason).contains("reaction_added"));
        }
    }

    @Test
    void explicitFilesAreTakenWhateverTheirNameAndFoldersOnlyYieldJson() throws IOException {
        Path body = SlackFixtures.resolve("slash-commands/java_SlackSignatureTest-L28.txt");

        assertThat(PayloadLoader.collect(List.of(body))).containsExactly(body);
        assertThat(PayloadLoader.collect(List.of(SlackFixtures.resolve("slash-commands")))).isEmpty();
    }
}
