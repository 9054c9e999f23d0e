package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ExternalMessageId;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;
import org.switchboard.slack.SlackFixtures;

/** {@link Normalization}: a message xor a reason, and what every normalized Slack message looks like. */
class NormalizationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    private static InboundMessage someMessage() {
        return new InboundMessage(new ExternalMessageId("Ev1"),
                new ConversationRef(Channel.SLACK, "T111/C111/1.2", Map.of("team", "T111", "channel", "C111")),
                new SenderIdentity("T111:U1", null), "hi", List.of(), NOW, "{}");
    }

    @Test
    void aMessageIsAnInboundMessageWithoutAReason() {
        InboundMessage message = someMessage();
        Normalization n = Normalization.of(message);
        assertThat(n.inbound()).containsSame(message);
        assertThat(n.message()).isSameAs(message);
        assertThat(n.ignoredBecause()).isNull();
    }

    @Test
    void anIgnoredEventHasAReasonAndNoMessage() {
        Normalization n = Normalization.ignored("bot message");
        assertThat(n.inbound()).isEmpty();
        assertThat(n.message()).isNull();
        assertThat(n.ignoredBecause()).isEqualTo("bot message");
    }

    @Test
    void neitherAMessageNorAReasonIsRefused() {
        assertThatThrownBy(() -> new Normalization(null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothAMessageAndAReasonAreRefused() {
        assertThatThrownBy(() -> new Normalization(someMessage(), "bot message"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFactoriesRefuseNull() {
        assertThatNullPointerException().isThrownBy(() -> Normalization.of(null));
        assertThatNullPointerException().isThrownBy(() -> Normalization.ignored(null));
    }

    /** Every message and app_mention body in the fixtures: customer messages and the SDK and Bolt test payloads. */
    static Stream<Path> everyMessageBody() {
        return Stream.of("customer-messages", "events/message", "events/app_mention", "events/app_mention-bot_message",
                        "events/message-bot_message", "events/message-channel_join", "events/message-channel_leave",
                        "events/message-file_share", "events/message-message_changed", "events/message-message_deleted",
                        "events/message-thread_broadcast")
                .flatMap(folder -> SlackFixtures.jsonFiles(folder).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyMessageBody")
    void everyRealBodyGivesEitherAWellFormedMessageOrAReason(Path file) {
        String body = SlackFixtures.read(file);
        for (Optional<String> configured : List.of(Optional.of(SlackMessages.BOT), Optional.<String>empty())) {
            SlackMessage m = SlackMessages.fromBody(body, configured);
            Normalization n = SlackMessageNormalizer.normalize(m, NOW);

            assertThat(n.inbound().isPresent()).isNotEqualTo(n.ignoredBecause() != null);
            if (n.inbound().isEmpty()) {
                assertThat(n.ignoredBecause()).isNotBlank();
                continue;
            }
            InboundMessage in = n.message();
            String team = m.teamId() == null ? "-" : m.teamId();
            JsonObject event = SlackFixtures.json(body).getAsJsonObject("event");
            assertThat(in.id().value()).isEqualTo(SlackFixtures.string(SlackFixtures.json(body), "event_id"));
            assertThat(in.channel()).isEqualTo(Channel.SLACK);
            assertThat(in.sender().externalId()).isEqualTo(team + ":" + SlackFixtures.string(event, "user"));
            assertThat(m.botUserIds()).doesNotContain(SlackFixtures.string(event, "user"));
            assertThat(SlackFixtures.string(event, "bot_id")).isNull();
            assertThat(in.conversation().key()).startsWith(team + "/" + m.channel());
            assertThat(in.conversation().attributes()).containsEntry("team", team).containsEntry("channel", m.channel());
            boolean dm = in.conversation().key().equals(team + "/" + m.channel() + "/" + m.user());
            if (!dm) {
                assertThat(in.conversation().key()).isEqualTo(team + "/" + m.channel() + "/" + in.conversation().attribute("thread_ts"));
                assertThat(in.conversation().attribute("thread_ts")).isIn(m.ts(), m.threadTs());
            }
            assertThat(in.text()).isEqualTo(SlackText.toPlain(m.text(), SlackMessageNormalizer.addressedBotIds(m)));
            if ("app_mention".equals(m.eventType())) {
                // an app_mention always addresses the bot: its mention never reaches the agent, known id or not
                assertThat(in.text()).doesNotStartWith("@").doesNotContain("<@");
            }
            for (String bot : m.botUserIds()) {
                assertThat(in.text()).doesNotContain("<@" + bot);
            }
            assertThat(in.attachments()).hasSameSizeAs(m.files());
            assertThat(in.receivedAt()).isEqualTo(NOW);
            assertThat(in.rawPayload()).isEqualTo(body);
        }
    }

    @Test
    void normalizingTheSameEventTwiceGivesEqualMessages() {
        for (Path file : SlackFixtures.customerMessages()) {
            SlackMessage m = SlackMessages.fromFixture(file);
            assertThat(SlackMessageNormalizer.normalize(m, NOW)).isEqualTo(SlackMessageNormalizer.normalize(m, NOW));
        }
    }

    static Stream<Path> schemaSamples() {
        return Stream.of("MessagePayload.json", "AppMentionPayload.json", "MessageFileSharePayload.json",
                        "MessageThreadBroadcastPayload.json", "MessageMePayload.json", "MessageBotPayload.json",
                        "MessageChangedPayload.json", "MessageDeletedPayload.json")
                .map(name -> SlackFixtures.path("schema-samples/events/" + name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemaSamples")
    void theJavaSdksSchemaSamplesWithEmptyFieldsAreIgnoredWithoutErrors(Path file) {
        // every field present, all strings empty: no event_id, so nothing is answered, and nothing throws
        SlackMessage m = SlackMessages.fromBody(SlackFixtures.read(file), Optional.of(SlackMessages.BOT));
        assertThat(SlackMessageNormalizer.normalize(m, NOW).ignoredBecause()).isNotNull();
        SlackMessage withId = SlackMessages.with(m, f -> f.eventId = "EvSCHEMA");
        assertThat(SlackMessageNormalizer.normalize(withId, NOW).inbound()).isEmpty();
    }
}
