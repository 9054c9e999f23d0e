package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.slack.SlackFixtures;

/**
 * {@link SlackEventRoutes} inside a real Bolt {@link App} (no middleware: signatures are
 * {@link StrictSignatureVerifierTest}'s business), handing real Events API bodies to a real
 * {@link SlackInboundHandler} over an in-memory inbox. The raw body is handed over through {@link RawBody} as
 * {@link SlackEventsServlet} does.
 */
class SlackEventRoutesTest {

    private final RecordingInbox inbox = new RecordingInbox();
    private final List<SlackMessage> handled = new ArrayList<>();
    private final List<Integer> retries = new ArrayList<>();
    private final App app = app(Optional.of(SlackMessages.BOT));

    private App app(Optional<String> configuredBotUserId) {
        App bolt = new App(AppConfig.builder().signingSecret("not-checked-here").build(), List.of());
        SlackInboundHandler real = inbox.handler();
        SlackInboundHandler recording = new SlackInboundHandler() {
            @Override
            public String handle(SlackMessage message, Integer retryNum) {
                handled.add(message);
                retries.add(retryNum);
                return real.handle(message, retryNum);
            }
        };
        new SlackEventRoutes(recording, configuredBotUserId).register(bolt);
        return bolt;
    }

    private Response deliver(App bolt, String body, Map<String, List<String>> headers) throws Exception {
        RawBody.set(body);
        try {
            return bolt.run(new EventRequest(body, new RequestHeaders(headers)));
        } finally {
            RawBody.clear();
        }
    }

    private Response deliver(String body) throws Exception {
        return deliver(app, body, Map.of());
    }

    private Response deliver(Path file) throws Exception {
        return deliver(SlackFixtures.read(file));
    }

    static Stream<Path> customerMessages() {
        return SlackFixtures.customerMessages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("customerMessages")
    void everyCustomerMessageIsAcknowledgedAndStoredExactlyAsTheNormalizerDescribesIt(Path file) throws Exception {
        Response response = deliver(file);

        assertThat(response.getStatusCode()).isEqualTo(200);
        InboundMessage expected = SlackMessageNormalizer.normalize(SlackMessages.fromFixture(file), RecordingInbox.NOW)
                .inbound().orElseThrow();
        assertThat(inbox.stored).containsExactly(expected);
        assertThat(inbox.stored.get(0).rawPayload()).isEqualTo(SlackFixtures.read(file));
    }

    @Test
    void allCustomerMessagesTogetherGive120StoredMessages() throws Exception {
        for (Path file : SlackFixtures.customerMessages()) {
            assertThat(deliver(file).getStatusCode()).isEqualTo(200);
        }
        assertThat(inbox.stored).hasSize(SlackFixtures.CUSTOMER_MESSAGE_COUNT);
        assertThat(handled).extracting(SlackMessage::eventType).containsOnly("message", "app_mention");
        assertThat(handled).filteredOn(m -> m.eventType().equals("app_mention")).hasSize(30)
                .allSatisfy(m -> assertThat(m.channelType()).isNull());
    }

    @Test
    void slacksRetryNumberReachesTheHandlerAndTheRetryIsNotStoredTwice() throws Exception {
        String body = SlackFixtures.read("customer-messages/msg-005-im-cancel_transfer.json");
        deliver(app, body, Map.of());
        Response retry = deliver(app, body, Map.of("X-Slack-Retry-Num", List.of("1"),
                "X-Slack-Retry-Reason", List.of("http_timeout")));

        assertThat(retry.getStatusCode()).isEqualTo(200);
        assertThat(retries).containsExactly(null, 1);
        assertThat(inbox.stored).hasSize(1);
    }

    @Test
    void theBotsUserIdsComeFromConfigurationAndTheEnvelopesBotAuthorizations() throws Exception {
        deliver(SlackFixtures.path("customer-messages/msg-000-channel-passcode_forgotten.json"));
        assertThat(handled).singleElement().satisfies(m -> assertThat(m.botUserIds()).containsExactlyInAnyOrder("U0BOT", "W222"));
    }

    @Test
    void withoutAConfiguredBotUserIdTheAuthorizationsStillIdentifyTheBot() throws Exception {
        App unconfigured = app(Optional.empty());
        deliver(unconfigured, SlackFixtures.read("events/message/test_message_bot-L79.json"), Map.of());
        assertThat(handled).singleElement().satisfies(m -> assertThat(m.botUserIds()).containsExactly("W111"));
        assertThat(inbox.stored).isEmpty();
    }

    @Test
    void withoutAConfiguredBotUserIdAnAppMentionWithoutAuthorizationsStillLosesTheBotsMention() throws Exception {
        // the customer app_mentions carry no authorizations and no SLACK_BOT_USER_ID is set: the app_mention's
        // leading mention is the bot's, so ticket subjects and transcripts read as the customer wrote
        App unconfigured = app(Optional.empty());
        deliver(unconfigured, SlackFixtures.read("customer-messages/msg-006-mention-top_up_by_cash_or_cheque.json"), Map.of());
        assertThat(inbox.stored).singleElement()
                .satisfies(m -> assertThat(m.text()).isEqualTo("Is there anyway to use a cheque to top up?"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "events/message-bot_message/test_events_ignore_self-L115.json",
            "events/message-bot_message/test_message_bot-L173.json",
            "events/message-message_changed/test_message_changed-L68.json",
            "events/message-message_changed/test_authorize-L85.json",
            "events/message-message_deleted/test_message_deleted-L68.json",
            "events/message-channel_join/test_internals-L747.json",
            "events/message-channel_leave/test_internals-L833.json"})
    void botMessagesEditsDeletionsJoinsAndLeavesAreAcknowledgedWithoutReachingTheInbox(String fixture) throws Exception {
        Response response = deliver(SlackFixtures.path(fixture));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(handled).isEmpty();
        assertThat(inbox.stored).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "events/app_mention-bot_message/java_EventTest-L77.json",
            "events/message/java_EventInSharedChannelsTest-L109.json",
            "events/message/test_message_bot-L128.json",
            "events/message/test_events_org_apps-L203.json",
            "events/message/test_message_bot-L79.json",
            "events/message-file_share/test_events-L337.json"})
    void botAndSelfMessagesOnAnsweredRoutesReachTheHandlerButNotTheInbox(String fixture) throws Exception {
        Response response = deliver(SlackFixtures.path(fixture));
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(handled).hasSize(1);
        assertThat(inbox.stored).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "events/reaction_added/test_events-L112.json",
            "events/member_joined_channel/test_events-L167.json",
            "events/app_home_opened/test_events_org_apps-L153.json",
            "events/unknown/java_EventsApiTest-L165.json"})
    void eventsWithoutARouteAreLeftToTheServletWhichAcknowledgesThem(String fixture) throws Exception {
        // Bolt answers 404 "no handler found"; SlackEventsServlet turns that into 200 so Slack does not retry
        Response response = deliver(SlackFixtures.path(fixture));
        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(handled).isEmpty();
    }

    @Test
    void aFileShareIsStoredWithItsFiles() throws Exception {
        deliver(SlackFixtures.path("events/message-file_share/test_message_file_share-L74.json"));
        assertThat(handled).singleElement().satisfies(m -> {
            assertThat(m.eventType()).isEqualTo("message");
            assertThat(m.subtype()).isEqualTo("file_share");
            assertThat(m.channelType()).isEqualTo("channel");
        });
        assertThat(inbox.stored).singleElement()
                .satisfies(m -> assertThat(m.attachments()).containsExactly(new Attachment("file.png", "image/png", 92582)));
    }

    @Test
    void aFileShareWithoutASizeIsStoredWithSizeUnknown() throws Exception {
        deliver(SlackFixtures.path("events/message-file_share/dotnet_MessageBodyWithFileShare.json"));
        assertThat(inbox.stored).singleElement().satisfies(m -> {
            assertThat(m.attachments()).containsExactly(new Attachment("fileName", "image/png", -1));
            assertThat(m.conversation().key()).isEqualTo("teamId/channelId/userId");
        });
    }

    @Test
    void aThreadBroadcastIsStoredInItsThread() throws Exception {
        deliver(SlackFixtures.path("events/message-thread_broadcast/test_message_thread_broadcast-L74.json"));
        assertThat(inbox.stored).singleElement().satisfies(m -> {
            assertThat(m.conversation().key()).isEqualTo("T111/C111/1633663824.000500");
            assertThat(m.text()).isEqualTo("Hi there!");
        });
    }

    @Test
    void aMeMessageIsStored() throws Exception {
        String event = SlackFixtures.read("event-objects/message-me_message/java_MessageMeEventTest-L20.json");
        deliver(SlackFixtures.envelope(event, "EvME1", "T111", "W999"));
        assertThat(handled).singleElement().satisfies(m -> assertThat(m.subtype()).isEqualTo("me_message"));
        assertThat(inbox.stored).singleElement().satisfies(m -> {
            assertThat(m.text()).isEqualTo("hey");
            assertThat(m.conversation().key()).isEqualTo("T111/C03E94MKS/1679895454.657169");
        });
    }

    @Test
    void aFileShareFromTheJavaSdkModelTestsIsStoredWithItsFile() throws Exception {
        String event = SlackFixtures.read("event-objects/message-file_share/java_MessageFileShareEventTest-L20.json");
        deliver(SlackFixtures.envelope(event, "EvFILE1", "T111", "W999"));
        assertThat(inbox.stored).singleElement()
                .satisfies(m -> assertThat(m.attachments()).containsExactly(new Attachment("sample.txt", "text/plain", 4)));
    }

    @Test
    void theEnvelopesTeamIsUsedEvenWhenTheEventNamesAnother() throws Exception {
        // Java SDK shared-channel test: envelope team_id T_SOURCE, event.team T_INSTALLED (a bot's message, so it
        // is not stored, but the handler sees the team it would be keyed by)
        deliver(SlackFixtures.path("events/message/java_EventInSharedChannelsTest-L109.json"));
        assertThat(handled).singleElement().satisfies(m -> assertThat(m.teamId()).isEqualTo("T_SOURCE"));
        assertThat(inbox.stored).isEmpty();
    }
}
