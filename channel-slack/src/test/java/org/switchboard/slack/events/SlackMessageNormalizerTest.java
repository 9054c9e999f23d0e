package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.switchboard.slack.events.SlackMessages.BOT;
import static org.switchboard.slack.events.SlackMessages.fromFixture;
import static org.switchboard.slack.events.SlackMessages.with;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.slack.SlackFixtures;

/** {@link SlackMessageNormalizer} on real Slack Events API bodies. */
class SlackMessageNormalizerTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    static Stream<Path> customerMessages() {
        return SlackFixtures.customerMessages().stream();
    }

    private static InboundMessage answered(SlackMessage m) {
        Normalization n = SlackMessageNormalizer.normalize(m, NOW);
        assertThat(n.ignoredBecause()).as("why %s was ignored", m.eventId()).isNull();
        return n.inbound().orElseThrow();
    }

    private static String ignoredBecause(SlackMessage m) {
        Normalization n = SlackMessageNormalizer.normalize(m, NOW);
        assertThat(n.inbound()).as("message for %s", m.eventId()).isEmpty();
        return n.ignoredBecause();
    }

    @Nested
    class EveryCustomerMessage {

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.switchboard.slack.events.SlackMessageNormalizerTest#customerMessages")
        void isAnsweredAsOneInboundMessageWithTheEnvelopesIdsAndThePlainText(Path file) {
            String body = SlackFixtures.read(file);
            JsonObject envelope = SlackFixtures.json(body);
            JsonObject event = envelope.getAsJsonObject("event");

            InboundMessage message = answered(fromFixture(file));

            assertThat(message.id().value()).isEqualTo(SlackFixtures.string(envelope, "event_id"));
            assertThat(message.channel()).isEqualTo(Channel.SLACK);
            assertThat(message.sender().externalId()).isEqualTo("T111:" + SlackFixtures.string(event, "user"));
            assertThat(message.sender().displayName()).isNull();
            assertThat(message.text())
                    .isEqualTo(SlackFixtures.string(event, "text").replace("<@" + BOT + ">", "").strip())
                    .isNotBlank()
                    .doesNotContain("<@", "U0BOT");
            assertThat(message.attachments()).isEmpty();
            assertThat(message.receivedAt()).isEqualTo(NOW);
            assertThat(message.rawPayload()).isEqualTo(body);
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("org.switchboard.slack.events.SlackMessageNormalizerTest#customerMessages")
        void belongsToItsThreadOrToItsDirectMessageConversation(Path file) {
            JsonObject event = SlackFixtures.json(SlackFixtures.read(file)).getAsJsonObject("event");
            String channel = SlackFixtures.string(event, "channel");
            String ts = SlackFixtures.string(event, "ts");
            String threadTs = SlackFixtures.string(event, "thread_ts");

            InboundMessage message = answered(fromFixture(file));

            if ("im".equals(SlackFixtures.string(event, "channel_type"))) {
                assertThat(message.conversation().key()).isEqualTo("T111/" + channel + "/" + SlackFixtures.string(event, "user"));
                assertThat(message.conversation().attributes()).isEqualTo(Map.of("team", "T111", "channel", channel));
            } else {
                String thread = threadTs != null ? threadTs : ts;
                assertThat(message.conversation().key()).isEqualTo("T111/" + channel + "/" + thread);
                assertThat(message.conversation().attributes())
                        .isEqualTo(Map.of("team", "T111", "channel", channel, "thread_ts", thread));
            }
        }

        @Test
        void coverAllFourShapesThirtyTimesEach() {
            Map<String, Long> shapes = SlackFixtures.customerMessages().stream()
                    .map(f -> f.getFileName().toString().split("-")[2])
                    .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
            assertThat(shapes).containsOnly(Map.entry("channel", 30L), Map.entry("im", 30L), Map.entry("thread", 30L),
                    Map.entry("mention", 30L));
        }

        @Test
        void keepTheirShapeAfterNormalization() {
            for (Path file : SlackFixtures.customerMessages()) {
                String shape = file.getFileName().toString().split("-")[2];
                InboundMessage m = answered(fromFixture(file));
                String key = m.conversation().key();
                switch (shape) {
                    case "im" -> assertThat(key).as(file.toString()).startsWith("T111/D").matches("[^/]+/D[^/]+/W\\d+");
                    case "thread" -> assertThat(m.conversation().attribute("thread_ts")).as(file.toString())
                            .isNotEqualTo(SlackFixtures.string(SlackFixtures.json(SlackFixtures.read(file))
                                    .getAsJsonObject("event"), "ts"));
                    default -> assertThat(key).as(file.toString()).matches("T111/C[^/]+/\\d+\\.\\d+");
                }
            }
        }

        @Test
        void getOneConversationPerThreadAndOnePerPersonInADirectMessageChannel() {
            List<InboundMessage> messages = SlackFixtures.customerMessages().stream()
                    .map(f -> answered(fromFixture(f))).toList();
            assertThat(messages).extracting(m -> m.id().value()).doesNotHaveDuplicates();
            // the 30 DMs come from 30 people in one D channel: one conversation each; each channel message starts
            // its own thread
            assertThat(messages).filteredOn(m -> !m.conversation().attributes().containsKey("thread_ts"))
                    .extracting(m -> m.conversation().key()).allMatch(k -> k.startsWith("T111/D111/W"))
                    .doesNotHaveDuplicates().hasSize(30);
            assertThat(messages).filteredOn(m -> m.conversation().attributes().containsKey("thread_ts"))
                    .hasSize(90);
        }
    }

    @Nested
    class MentionsOfTheBot {

        private final SlackMessage channelMessage = fromFixture("customer-messages/msg-000-channel-passcode_forgotten.json");
        private final SlackMessage directMessage = fromFixture("customer-messages/msg-001-im-why_verify_identity.json");
        private final SlackMessage appMention = fromFixture("customer-messages/msg-002-mention-transaction_charged_twice.json");

        @Test
        void areStrippedFromAnAppMention() {
            assertThat(appMention.text()).startsWith("<@U0BOT> ");
            assertThat(answered(appMention).text()).isEqualTo("Hello. I just noticed I was charged two times for a "
                    + "restaurant I visited this week. Can you reverse the additional charge?");
        }

        @Test
        void makeAPlainChannelMessageWaitForItsAppMentionTwin() {
            SlackMessage mentioning = with(channelMessage, f -> f.text = "<@U0BOT> " + f.text);
            assertThat(ignoredBecause(mentioning)).isEqualTo("answered as app_mention");
        }

        @Test
        void withALabelAlsoMakeAPlainChannelMessageWaitForItsAppMentionTwin() {
            SlackMessage mentioning = with(channelMessage, f -> f.text = "hey <@U0BOT|switchboard>, " + f.text);
            assertThat(ignoredBecause(mentioning)).isEqualTo("answered as app_mention");
        }

        @Test
        void inAThreadReplyAlsoWaitForTheAppMention() {
            SlackMessage threadReply = fromFixture("customer-messages/msg-003-thread-card_payment_wrong_exchange_rate.json");
            assertThat(ignoredBecause(with(threadReply, f -> f.text = "<@U0BOT> " + f.text)))
                    .isEqualTo("answered as app_mention");
        }

        @Test
        void inADirectMessageAreAnsweredWithTheMentionStripped() {
            SlackMessage mentioning = with(directMessage, f -> f.text = "<@U0BOT> " + f.text);
            assertThat(answered(mentioning).text()).isEqualTo("What is the function of the identity check");
        }

        @Test
        void inADirectMessageWithoutChannelTypeAreRecognizedByTheDChannel() {
            SlackMessage mentioning = with(directMessage, f -> {
                f.text = "<@U0BOT> " + f.text;
                f.channelType = null;
            });
            InboundMessage m = answered(mentioning);
            assertThat(m.conversation().key()).startsWith("T111/D111/").isEqualTo("T111/D111/" + directMessage.user());
            assertThat(m.conversation().attributes()).doesNotContainKey("thread_ts");
        }

        @Test
        void ofTheBotFromTheEnvelopesAuthorizationsCountToo() {
            // Bolt for Python's org-app test: a plain channel message "<@W222>" where W222 is the installed bot
            SlackMessage m = fromFixture("events/message/test_events_org_apps-L203.json");
            assertThat(m.botUserIds()).contains("W222");
            assertThat(ignoredBecause(m)).isEqualTo("answered as app_mention");
        }

        @Test
        void ofSomeoneElseDoNotStopAPlainChannelMessage() {
            // Java SDK test payload: "<@U123> test" in C123; U123 is not this bot
            InboundMessage m = answered(fromFixture("events/message/java_EventRequestTest-L100.json"));
            assertThat(m.text()).isEqualTo("@U123 test");
            assertThat(m.conversation().key()).isEqualTo("T123/C123/1583636399.000700");
        }

        @Test
        void ofAnotherUserLookingLikeTheBotIdPrefixDoNotCount() {
            SlackMessage m = with(channelMessage, f -> f.text = "<@U0BOTX> " + f.text);
            assertThat(answered(m).text()).startsWith("@U0BOTX ");
        }

        @Test
        void areStrippedFromAnAppMentionEvenWhenTheBotsIdIsUnknown() {
            // no SLACK_BOT_USER_ID and no authorizations in the envelope (as in the replayed fixtures): the
            // app_mention's leading mention is the bot, so ticket subjects and transcripts read as the customer wrote
            SlackMessage unknownBot = with(appMention, f -> f.botUserIds = Set.of());
            assertThat(answered(unknownBot).text()).isEqualTo("Hello. I just noticed I was charged two times for a "
                    + "restaurant I visited this week. Can you reverse the additional charge?");
        }

        @Test
        void ofAnUnknownBotInsideAnAppMentionAreStrippedWhenItIsTheOnlyMention() {
            SlackMessage m = with(appMention, f -> {
                f.botUserIds = Set.of();
                f.text = "hi <@U0BOT|switchboard>, my card isn't working";
            });
            assertThat(answered(m).text()).isEqualTo("hi, my card isn't working");
        }

        @Test
        void ofOtherPeopleStayAsTheirNameWhenTheUnknownBotLeads() {
            SlackMessage m = with(appMention, f -> {
                f.botUserIds = Set.of();
                f.text = "<@U0BOT> <!here> ask <@W123|dana> in <#C42|billing>";
            });
            assertThat(answered(m).text()).isEqualTo("@here ask @dana in #billing");
        }

        @Test
        void ofAKnownBotLeaveOtherLeadingMentionsAlone() {
            SlackMessage m = with(appMention, f -> f.text = "<@W123> and <@U0BOT> please help");
            assertThat(answered(m).text()).isEqualTo("@W123 and please help");
        }

        @Test
        void inAPlainMessageOfAnUnknownBotAreNotGuessed() {
            SlackMessage m = with(directMessage, f -> {
                f.botUserIds = Set.of();
                f.text = "<@W123> said to ask here";
            });
            assertThat(answered(m).text()).isEqualTo("@W123 said to ask here");
        }

        @Test
        void inAnAppMentionMadeOnlyOfTheMentionLeaveEmptyText() {
            InboundMessage m = answered(with(appMention, f -> f.text = "<@U0BOT>"));
            assertThat(m.text()).isEmpty();
        }
    }

    @Nested
    class IgnoredEvents {

        private final SlackMessage customer = fromFixture("customer-messages/msg-000-channel-passcode_forgotten.json");

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "events/message-bot_message/test_events_ignore_self-L115.json",
                "events/message-bot_message/test_events_ignore_self-L136.json",
                "events/message-bot_message/test_message_bot-L173.json",
                "events/app_mention-bot_message/java_EventTest-L77.json",
                "events/message/java_EventInSharedChannelsTest-L109.json",
                "events/message/test_message_bot-L128.json"})
        void fromBotsGetNoReply(String fixture) {
            assertThat(ignoredBecause(fromFixture(fixture))).isEqualTo("bot message");
        }

        @Test
        void withABotIdGetNoReplyWhateverTheirSubtype() {
            assertThat(ignoredBecause(with(customer, f -> f.botId = "B888"))).isEqualTo("bot message");
            assertThat(ignoredBecause(with(customer, f -> {
                f.botId = "B888";
                f.subtype = "file_share";
            }))).isEqualTo("bot message");
        }

        @Test
        void withSubtypeBotMessageButNoBotIdGetNoReply() {
            assertThat(ignoredBecause(with(customer, f -> f.subtype = "bot_message"))).isEqualTo("bot message");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "events/message-message_changed/test_authorize-L85.json",
                "events/message-message_changed/test_message_changed-L68.json",
                "events/message-message_changed/test_message_changed-L72.json"})
        void thatAreEditsGetNoReply(String fixture) {
            assertThat(ignoredBecause(fromFixture(fixture))).isEqualTo("subtype message_changed");
        }

        @Test
        void thatAreDeletionsGetNoReply() {
            assertThat(ignoredBecause(fromFixture("events/message-message_deleted/test_message_deleted-L68.json")))
                    .isEqualTo("subtype message_deleted");
        }

        @Test
        void thatAreChannelJoinsGetNoReply() {
            // Bolt for Python's channel_join body has no event_id; give it one so the subtype rule is what decides
            SlackMessage join = fromFixture("events/message-channel_join/test_internals-L747.json");
            assertThat(join.user()).isNotNull();
            assertThat(ignoredBecause(join)).isEqualTo("no event_id");
            assertThat(ignoredBecause(with(join, f -> f.eventId = "EvJOIN1"))).isEqualTo("subtype channel_join");
            SlackMessage leave = fromFixture("events/message-channel_leave/test_internals-L833.json");
            assertThat(ignoredBecause(with(leave, f -> f.eventId = "EvLEAVE1"))).isEqualTo("subtype channel_leave");
        }

        static Stream<Path> systemSubtypeEventObjects() {
            return Stream.of("message-bot_message", "message-message_changed", "message-message_deleted",
                            "message-channel_name", "message-channel_topic", "message-channel_convert_to_public")
                    .flatMap(folder -> SlackFixtures.jsonFiles("event-objects/" + folder).stream());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("systemSubtypeEventObjects")
        void ofSystemAndBotSubtypesFromTheJavaSdkModelTestsGetNoReply(Path eventObject) {
            String event = SlackFixtures.read(eventObject);
            String subtype = SlackFixtures.string(SlackFixtures.json(event), "subtype");
            SlackMessage m = SlackMessages.fromBody(SlackFixtures.envelope(event, "EvOBJ1", "T111", "W999"), Optional.of(BOT));
            assertThat(ignoredBecause(m)).isIn("bot message", "subtype " + subtype);
            if (!"bot_message".equals(subtype)) {
                assertThat(ignoredBecause(m)).isEqualTo("subtype " + subtype);
            }
        }

        @Test
        void withoutAUserGetNoReply() {
            // Java SDK EventTypeDetector payload: a message with event_id but no user, channel or ts
            assertThat(ignoredBecause(fromFixture("events/message/java_EventTypeDetectorImplTest-L57.json")))
                    .isEqualTo("no user");
            assertThat(ignoredBecause(with(customer, f -> f.user = null))).isEqualTo("no user");
            assertThat(ignoredBecause(with(customer, f -> f.user = " "))).isEqualTo("no user");
        }

        @Test
        void withoutAChannelGetNoReply() {
            // Bolt for Python builtins payload: an app_mention without a channel
            assertThat(ignoredBecause(fromFixture("events/app_mention/test_builtins-L155.json")))
                    .isEqualTo("no channel or ts");
            assertThat(ignoredBecause(with(customer, f -> f.channel = null))).isEqualTo("no channel or ts");
            assertThat(ignoredBecause(with(customer, f -> f.channel = ""))).isEqualTo("no channel or ts");
        }

        @Test
        void withoutATimestampGetNoReply() {
            assertThat(ignoredBecause(with(customer, f -> f.ts = null))).isEqualTo("no channel or ts");
            assertThat(ignoredBecause(with(customer, f -> f.ts = "  "))).isEqualTo("no channel or ts");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "events/message/test_internals-L609.json",
                "events/message/test_internals-L1056.json",
                "events/app_mention/test_internals-L665.json",
                "events/app_mention/test_unmatched_suggestions-L61.json"})
        void withoutAnEventIdGetNoReply(String fixture) {
            assertThat(ignoredBecause(fromFixture(fixture))).isEqualTo("no event_id");
        }

        @Test
        void withABlankEventIdGetNoReply() {
            assertThat(ignoredBecause(with(customer, f -> f.eventId = null))).isEqualTo("no event_id");
            assertThat(ignoredBecause(with(customer, f -> f.eventId = " "))).isEqualTo("no event_id");
        }

        @Test
        void writtenByTheBotItselfGetNoReply() {
            // Bolt for Python: W111 writes a plain message and W111 is the app's bot user (authorizations)
            assertThat(ignoredBecause(fromFixture("events/message/test_message_bot-L79.json")))
                    .isEqualTo("the bot's own message");
            assertThat(ignoredBecause(with(customer, f -> f.user = BOT))).isEqualTo("the bot's own message");
            // the same customer message is answered when W000 is not one of the bot's ids
            assertThat(customer.botUserIds()).containsExactlyInAnyOrder(BOT, "W222");
            answered(customer);
        }

        @Test
        void sharingAFileAsTheBotGetsNoReply() {
            // Bolt for Python: U111 shares test.png into G111, and U111 is the app's bot user
            assertThat(ignoredBecause(fromFixture("events/message-file_share/test_events-L337.json")))
                    .isEqualTo("the bot's own message");
        }
    }

    @Nested
    class AnsweredSubtypes {

        @Test
        void aFileShareIsAnsweredWithItsFilesAsAttachments() {
            InboundMessage m = answered(fromFixture("events/message-file_share/test_message_file_share-L74.json"));
            assertThat(m.text()).isEqualTo("Hi there!");
            assertThat(m.attachments()).containsExactly(new Attachment("file.png", "image/png", 92582));
            assertThat(m.conversation().key()).isEqualTo("T111/C111/1652227646.593159");
            assertThat(m.sender().externalId()).isEqualTo("T111:U111");
        }

        @Test
        void aFileShareInADirectMessageWithoutASizeIsAnsweredWithSizeUnknown() {
            // Bot Builder .NET's MessageBodyWithFileShare: placeholder ids, channel_type im, no "size"
            InboundMessage m = answered(fromFixture("events/message-file_share/dotnet_MessageBodyWithFileShare.json"));
            assertThat(m.attachments()).containsExactly(new Attachment("fileName", "image/png", -1));
            assertThat(m.conversation().key()).isEqualTo("teamId/channelId/userId");
            assertThat(m.conversation().attributes()).doesNotContainKey("thread_ts");
            assertThat(m.sender().externalId()).isEqualTo("teamId:userId");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "event-objects/message-file_share/java_MessageFileShareEventTest-L20.json",
                "event-objects/message-file_share/java_MessageEventTest-L238.json"})
        void fileSharesFromTheJavaSdkModelTestsAreAnsweredWithNameTypeAndSize(String fixture) {
            String event = SlackFixtures.read(fixture);
            JsonObject file = SlackFixtures.json(event).getAsJsonArray("files").get(0).getAsJsonObject();
            InboundMessage m = answered(SlackMessages.fromBody(SlackFixtures.envelope(event, "EvFILE1", "T111", "W999"),
                    Optional.of(BOT)));
            assertThat(m.attachments()).containsExactly(new Attachment(SlackFixtures.string(file, "name"),
                    SlackFixtures.string(file, "mimetype"), file.get("size").getAsLong()));
            assertThat(m.attachments().get(0).mediaType()).isEqualTo("text/plain");
        }

        @Test
        void aThreadBroadcastIsAnsweredInItsThread() {
            InboundMessage m = answered(fromFixture("events/message-thread_broadcast/test_message_thread_broadcast-L74.json"));
            assertThat(m.text()).isEqualTo("Hi there!");
            assertThat(m.conversation().key()).isEqualTo("T111/C111/1633663824.000500");
            assertThat(m.conversation().attribute("thread_ts")).isEqualTo("1633663824.000500");
        }

        @Test
        void aMeMessageIsAnswered() {
            String event = SlackFixtures.read("event-objects/message-me_message/java_MessageMeEventTest-L20.json");
            InboundMessage m = answered(SlackMessages.fromBody(SlackFixtures.envelope(event, "EvME1", "T111", "W999"),
                    Optional.of(BOT)));
            assertThat(m.text()).isEqualTo("hey");
            assertThat(m.conversation().key()).isEqualTo("T111/C03E94MKS/1679895454.657169");
            assertThat(m.sender().externalId()).isEqualTo("T111:U03E94MK0");
        }

        @ParameterizedTest(name = "subtype {0}")
        @ValueSource(strings = {"channel_topic", "channel_purpose", "channel_name", "pinned_item", "message_replied",
                "ekm_access_denied", "reminder_add", "tombstone"})
        void otherSubtypesAreNot(String subtype) {
            SlackMessage m = with(fromFixture("customer-messages/msg-000-channel-passcode_forgotten.json"),
                    f -> f.subtype = subtype);
            assertThat(ignoredBecause(m)).isEqualTo("subtype " + subtype);
        }
    }

    @Nested
    class MalformedIds {

        private final SlackMessage message = fromFixture("customer-messages/msg-000-channel-passcode_forgotten.json");

        @Test
        void anIdThatIsNotOneOfSlacksShapeIsRefusedAsMalformedWithoutEchoingIt() {
            String huge = "x".repeat(100_000);
            for (Consumer<SlackMessages.Fields> change : List.<Consumer<SlackMessages.Fields>>of(
                    f -> f.teamId = huge, f -> f.channel = "C1<script>", f -> f.user = "U 1", f -> f.ts = "1.2\n3",
                    f -> f.threadTs = huge, f -> f.eventId = "Ev'; DROP")) {
                SlackMessage bad = with(message, change);
                assertThatThrownBy(() -> SlackMessageNormalizer.normalize(bad, NOW))
                        .isInstanceOf(MalformedSlackEventException.class)
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(80));
            }
        }
    }

    @Nested
    class Conversations {

        private final SlackMessage channelMessage = fromFixture("customer-messages/msg-000-channel-passcode_forgotten.json");
        private final SlackMessage directMessage = fromFixture("customer-messages/msg-001-im-why_verify_identity.json");

        @Test
        void aTopLevelChannelMessageStartsAThreadAtItsOwnTs() {
            InboundMessage m = answered(channelMessage);
            assertThat(m.conversation().key()).isEqualTo("T111/C111/1606810819.000800");
            assertThat(m.conversation().attributes())
                    .containsExactly(Map.entry("channel", "C111"), Map.entry("team", "T111"),
                            Map.entry("thread_ts", "1606810819.000800"));
        }

        @Test
        void aThreadReplyJoinsItsThread() {
            InboundMessage m = answered(fromFixture("customer-messages/msg-003-thread-card_payment_wrong_exchange_rate.json"));
            assertThat(m.conversation().key()).isEqualTo("T111/C111/1606811050.000800");
            assertThat(m.conversation().attribute("thread_ts")).isEqualTo("1606811050.000800");
        }

        @Test
        void aDirectMessageIsOneConversationWithoutAThread() {
            InboundMessage m = answered(directMessage);
            assertThat(m.conversation().key()).startsWith("T111/D111/").isEqualTo("T111/D111/" + directMessage.user());
            assertThat(m.conversation().attributes()).containsOnlyKeys("team", "channel");
        }

        @Test
        void aThreadedDirectMessageStaysInTheDirectMessageConversationButRepliesInTheThread() {
            InboundMessage m = answered(with(directMessage, f -> f.threadTs = "1606810900.000100"));
            assertThat(m.conversation().key()).startsWith("T111/D111/").isEqualTo("T111/D111/" + directMessage.user());
            assertThat(m.conversation().attribute("thread_ts")).isEqualTo("1606810900.000100");
        }

        @Test
        void aDirectMessageFromTheBotFrameworkTestsIsKeyedByTeamChannelAndUser() {
            // Bot Builder .NET's MessageBody.json: channel_type im with placeholder ids
            InboundMessage m = answered(fromFixture("events/message/dotnet_MessageBody.json"));
            assertThat(m.conversation().key()).isEqualTo("teamId/channelId/userId");
            assertThat(m.text()).isEqualTo("Hello");
        }

        @Test
        void aMessageWithoutChannelTypeInACChannelIsAChannelThread() {
            // Java SDK servlet test payload: no channel_type, channel C2147483705
            InboundMessage m = answered(fromFixture("events/message/java_EventsApiTest-L105.json"));
            assertThat(m.conversation().key()).isEqualTo("TXXXXXXXX/C2147483705/1355517523.000005");
        }

        @Test
        void aGroupDirectMessageIsThreadedLikeAChannel() {
            InboundMessage m = answered(with(channelMessage, f -> {
                f.channelType = "mpim";
                f.channel = "G111";
            }));
            assertThat(m.conversation().key()).isEqualTo("T111/G111/1606810819.000800");
        }

        @Test
        void aMissingTeamIsWrittenAsADash() {
            InboundMessage m = answered(with(channelMessage, f -> f.teamId = null));
            assertThat(m.conversation().key()).isEqualTo("-/C111/1606810819.000800");
            assertThat(m.conversation().attribute("team")).isEqualTo("-");
            assertThat(m.sender().externalId()).isEqualTo("-:W000");
        }
    }
}
