package org.switchboard.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.slack.SlackFixtures;
import org.switchboard.slack.events.SlackMessage;
import org.switchboard.slack.events.SlackMessageNormalizer;

/** {@link SlackReplyDeliverer}: the outbox's reply, posted into the conversation's channel and thread. */
class SlackReplyDelivererTest {

    /** Records calls instead of posting. */
    private static final class RecordingWebApi extends SlackWebApi {
        final List<List<String>> calls = new ArrayList<>();

        @Override
        public String postMessage(String channel, String threadTs, String text, long outboxId) {
            calls.add(java.util.Arrays.asList(channel, threadTs, text));
            return "1700000000.000100";
        }
    }

    private final RecordingWebApi webApi = new RecordingWebApi();
    private final SlackReplyDeliverer deliverer = deliverer(webApi);

    private static SlackReplyDeliverer deliverer(SlackWebApi api) {
        SlackReplyDeliverer d = new SlackReplyDeliverer();
        d.webApi = api;
        d.settings = org.switchboard.slack.TestSettings.withChannelPacing(
                org.switchboard.slack.TestSettings.of("s", "xoxb-test", "http://127.0.0.1/api/", null, 1024), 1000, 1000);
        return d;
    }

    private static OutboundReply reply(Map<String, String> attributes, String text) {
        return new OutboundReply(42, new ConversationRef(Channel.SLACK, "T111/C111/1.2", attributes), text);
    }

    @Test
    void itDeliversSlackReplies() {
        assertThat(deliverer.channel()).isEqualTo(Channel.SLACK);
    }

    @Test
    void theChannelAndThreadOfTheConversationArePassedThroughWithTheText() throws Exception {
        String ts = deliverer.deliver(reply(Map.of("team", "T111", "channel", "C111", "thread_ts", "1606811050.000800"),
                "Here is how to reset your passcode."));
        assertThat(ts).isEqualTo("1700000000.000100");
        assertThat(webApi.calls).containsExactly(List.of("C111", "1606811050.000800", "Here is how to reset your passcode."));
    }

    @Test
    void markupFromACustomerOrAModelIsEscapedSoItCanNeitherNotifyNorLink() throws Exception {
        deliverer.deliver(reply(Map.of("team", "T111", "channel", "C111", "thread_ts", "1.2"),
                "You wrote <!channel> <script>alert(1)</script> & <https://evil.example|Log in>"));
        assertThat(webApi.calls).singleElement().satisfies(call -> assertThat(call.get(2)).isEqualTo(
                "You wrote &lt;!channel&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;https://evil.example|Log in&gt;"));
    }

    @Test
    void aPersonsReplyIsPostedUnderABoldLineWithTheirNameWhichCannotMentionOrBreakTheBold() throws Exception {
        ConversationRef ref = new ConversationRef(Channel.SLACK, "T111/C111/1.2",
                Map.of("team", "T111", "channel", "C111", "thread_ts", "1.2"));
        deliverer.deliver(new OutboundReply(43, new org.switchboard.core.channel.ReplyAuthor("dana", "Dana *Agent*")
                .stamp(ref), "I refunded it <!here>."));
        deliverer.deliver(new OutboundReply(44, new org.switchboard.core.channel.ReplyAuthor("eve", "<!channel> Eve")
                .stamp(ref), "Hi"));
        assertThat(webApi.calls).extracting(call -> call.get(2)).containsExactly(
                "*Dana Agent*\nI refunded it &lt;!here&gt;.", "*&lt;!channel&gt; Eve*\nHi");
    }

    @Test
    void aDirectMessageConversationWithoutAThreadIsAnsweredAtTheTopLevel() throws Exception {
        deliverer.deliver(reply(Map.of("team", "T111", "channel", "D111"), "Hello!"));
        assertThat(webApi.calls).containsExactly(java.util.Arrays.asList("D111", null, "Hello!"));
    }

    @Test
    void aConversationWithoutAChannelIsGivenUpOnWithoutCallingSlack() {
        PermanentDeliveryException e = catchThrowableOfType(PermanentDeliveryException.class,
                () -> deliverer.deliver(reply(Map.of("team", "T111", "thread_ts", "1.2"), "lost")));
        assertThat(e).hasMessageContaining("channel");
        assertThat(webApi.calls).isEmpty();
    }

    @Test
    void aConversationWithoutAnyAttributesIsGivenUpOn() {
        assertThat(catchThrowableOfType(PermanentDeliveryException.class,
                () -> deliverer.deliver(reply(null, "lost")))).isNotNull();
        assertThat(webApi.calls).isEmpty();
    }

    @Test
    void failuresFromTheWebApiReachTheOutboxUnchanged() {
        RetryableDeliveryException limited = new RetryableDeliveryException("429", Duration.ofSeconds(7), null);
        SlackReplyDeliverer failing = deliverer(new SlackWebApi() {
            @Override
            public String postMessage(String channel, String threadTs, String text, long outboxId) throws RetryableDeliveryException {
                throw limited;
            }
        });
        assertThat(catchThrowableOfType(RetryableDeliveryException.class,
                () -> failing.deliver(reply(Map.of("channel", "C111"), "hi")))).isSameAs(limited);
    }

    @Test
    void aReplyToARealCustomerThreadGoesIntoThatThreadOverHttp() throws Exception {
        // inbound: a customer's thread reply; outbound: the bot's answer through the SDK to the Web API stand-in
        SlackMessage inbound = new SlackMessage("EvMSG0003", "message", null, "T111", "C111", "channel", "W003", null,
                "My exchange seems to have something wrong with it.", "1606811110.000800", "1606811050.000800",
                java.util.Set.of("U0BOT"), List.of(),
                SlackFixtures.read("customer-messages/msg-003-thread-card_payment_wrong_exchange_rate.json"));
        InboundMessage normalized = SlackMessageNormalizer.normalize(inbound, Instant.now()).inbound().orElseThrow();

        try (SlackApiStandIn slack = new SlackApiStandIn()) {
            SlackWebApi api = SlackApiStandIn.webApi(SlackApiStandIn.settings(slack.apiUrl(), "xoxb-0000-test-token"));
            try {
                String ts = deliverer(api).deliver(new OutboundReply(7, normalized.conversation(),
                        "Sorry about that: let me check the rate you were given."));
                assertThat(ts).isEqualTo(SlackApiStandIn.POSTED_TS);
            } finally {
                api.close();
            }
            assertThat(slack.posts()).singleElement().satisfies(p -> assertThat(p.form())
                    .containsEntry("channel", "C111")
                    .containsEntry("thread_ts", "1606811050.000800")
                    .containsEntry("text", "Sorry about that: let me check the rate you were given."));
        }
    }

    @Test
    void aReplyToARealDirectMessageIsPostedIntoTheDmWithoutAThread() throws Exception {
        SlackMessage inbound = new SlackMessage("EvMSG0001", "message", null, "T111", "D111", "im", "W001", null,
                "What is the function of the identity check", "1606810916.000800", null, java.util.Set.of("U0BOT"),
                List.of(), "{}");
        ConversationRef conversation = SlackMessageNormalizer.normalize(inbound, Instant.now()).inbound()
                .map(InboundMessage::conversation).orElseThrow();
        deliverer.deliver(new OutboundReply(8, conversation, "We verify identity to protect your account."));
        assertThat(webApi.calls).containsExactly(
                java.util.Arrays.asList("D111", null, "We verify identity to protect your account."));
        assertThat(Optional.ofNullable(conversation.attribute("team"))).contains("T111");
    }
}
