package org.switchboard.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.teamsapi.BotFrameworkStandIn;
import org.switchboard.bench.teamsapi.CapturedActivity;
import org.switchboard.bench.teamsapi.TestTokenSigner;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.teams.activity.TeamsRefs;
import org.switchboard.teams.config.TestTeamsSettings;

/**
 * {@link TeamsReplyDeliverer} with the real {@link BotConnectorClient} and {@link BotTokenProvider} against the Bot
 * Framework stand-in (token endpoint and Bot Connector). Fault Tolerance is not active outside the container; these
 * tests pin down what each answer is classified as.
 */
class TeamsReplyDelivererTest {

    private static final String CONVERSATION = "19:6848757105754c8981c67612732d9aa7@thread.tacv2;messageid=1759881511856";

    private static BotFrameworkStandIn standIn;

    private TeamsReplyDeliverer deliverer;

    @BeforeAll
    static void start() throws IOException {
        standIn = BotFrameworkStandIn.start(0, TestTokenSigner.generate("k"));
    }

    @AfterAll
    static void stop() {
        standIn.close();
    }

    @BeforeEach
    void setUp() {
        standIn.clear();
        deliverer = deliverer("app-id", "app-password", false);
    }

    @Test
    void aReplyIsPostedToTheConversationAsAReplyToTheActivityWithABearerToken() throws Exception {
        String id = deliverer.deliver(reply("1759944781430", "Your card is on its way."));
        assertThat(id).startsWith("standin-");
        assertThat(standIn.activities()).singleElement().satisfies(a -> {
            assertThat(a.conversationId()).isEqualTo(CONVERSATION);
            assertThat(a.replyToId()).isEqualTo("1759944781430");
            assertThat(a.bodyReplyToId()).isEqualTo("1759944781430");
            assertThat(a.text()).isEqualTo("Your card is on its way.");
            assertThat(a.bearerToken()).startsWith("standin-token-");
            assertThat(a.activity().get("type")).isEqualTo("message");
            assertThat(a.activity().get("textFormat")).isEqualTo("markdown");
            @SuppressWarnings("unchecked")
            Map<String, Object> from = (Map<String, Object>) a.activity().get("from");
            assertThat(from.get("id")).isEqualTo("28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8");
        });
        int tokens = standIn.tokensIssued();
        deliverer.deliver(reply("1759944781431", "Anything else?"));
        assertThat(standIn.tokensIssued()).as("token cached").isEqualTo(tokens);
    }

    @Test
    void htmlInTheReplyIsSentAsTextNotAsMarkup() throws Exception {
        deliverer.deliver(reply("1759944781432", "You wrote <img src=x onerror=alert(1)> & <script>alert(2)</script>"));
        assertThat(standIn.activities()).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(
                "You wrote <\u200Bimg src=x onerror=alert(1)> & <\u200Bscript>alert(2)<\u200B/script>")
                .doesNotContain("&lt;", "&gt;", "&amp;"));
    }

    @Test
    void aPersonsReplyIsSentUnderABoldLineWithTheirName() throws Exception {
        OutboundReply plain = reply("1759944781433", "Your exchange is booked.");
        deliverer.deliver(new OutboundReply(plain.outboxId(), new org.switchboard.core.channel.ReplyAuthor("dana",
                "Dana <b>Agent</b>**").stamp(plain.conversation()), plain.text()));
        assertThat(standIn.activities()).singleElement().satisfies(a -> assertThat(a.text())
                .isEqualTo("**Dana <\u200Bb>Agent<\u200B/b>**\n\nYour exchange is booked."));
    }

    @Test
    void aReplyWithoutAnActivityIdIsANewMessageInTheConversation() throws Exception {
        deliverer.deliver(reply(null, "Welcome!"));
        CapturedActivity posted = standIn.activities().get(0);
        assertThat(posted.replyToId()).isNull();
        assertThat(posted.conversationId()).isEqualTo(CONVERSATION);
    }

    @Test
    void aRateLimitCarriesItsRetryAfter() {
        standIn.failNext(1, 429, 7L);
        assertThatThrownBy(() -> deliverer.deliver(reply("1", "hi")))
                .isInstanceOfSatisfying(RetryableDeliveryException.class, e -> {
                    assertThat(e).isNotInstanceOf(TeamsTransientException.class);
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
                });
        standIn.failNext(1, 503, 3L);
        assertThatThrownBy(() -> deliverer.deliver(reply("1", "hi")))
                .isInstanceOfSatisfying(RetryableDeliveryException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
        assertThat(standIn.activities()).isEmpty();
    }

    @Test
    void serverErrorsAreTransientAndClientErrorsPermanent() {
        standIn.failNext(1, 502, null);
        assertThatThrownBy(() -> deliverer.deliver(reply("1", "hi"))).isInstanceOf(TeamsTransientException.class);
        standIn.failNext(1, 404, null);
        assertThatThrownBy(() -> deliverer.deliver(reply("1", "hi"))).isInstanceOf(PermanentDeliveryException.class);
        standIn.failNext(1, 403, null);
        assertThatThrownBy(() -> deliverer.deliver(reply("1", "hi"))).isInstanceOf(PermanentDeliveryException.class);
    }

    @Test
    void aPostAnsweredAfterTheTimeoutHasAnUnknownOutcomeAndIsNotRepeatedWithinTheCall() {
        deliverer.connector.requestTimeout = Duration.ofMillis(300);
        standIn.delayNext(1, Duration.ofSeconds(2));
        assertThatThrownBy(() -> deliverer.deliver(reply("1759944781433", "Your refund is on its way.")))
                .isInstanceOfSatisfying(RetryableDeliveryException.class, e -> {
                    assertThat(e).as("not retried at once by Fault Tolerance").isNotInstanceOf(TeamsTransientException.class);
                    assertThat(e).hasMessageContaining("outcome unknown").hasCauseInstanceOf(HttpTimeoutException.class);
                    assertThat(e.retryAfter()).as("the outbox's backoff decides when").isEmpty();
                });
        assertThat(standIn.activities()).as("the Bot Connector has it all the same").singleElement()
                .satisfies(a -> assertThat(a.replyToId()).isEqualTo("1759944781433"));
    }

    @Test
    void aConnectionThatCannotBeMadeSentNothingAndIsRetriedAtOnce() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> deliverer.deliver(reply("http://127.0.0.1:" + closedPort + "/", "1", "hi")))
                .isInstanceOf(TeamsTransientException.class).hasCauseInstanceOf(ConnectException.class);
    }

    @Test
    void aConnectionThatBreaksAfterThePostWasSentHasAnUnknownOutcomeAndIsNotRepeatedWithinTheCall() throws Exception {
        try (ServerSocket peer = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Integer> received = CompletableFuture.supplyAsync(() -> {
                try (Socket connection = peer.accept()) {
                    // read the request's head and some of its body, then drop the connection without an answer
                    byte[] buffer = new byte[8192];
                    int total = connection.getInputStream().read(buffer);
                    connection.setSoLinger(true, 0);
                    return total;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThatThrownBy(() -> deliverer.deliver(reply("http://127.0.0.1:" + peer.getLocalPort() + "/", "1", "hi")))
                    .isInstanceOfSatisfying(RetryableDeliveryException.class, e -> {
                        assertThat(e).as("not retried at once by Fault Tolerance").isNotInstanceOf(TeamsTransientException.class);
                        assertThat(e).hasMessageContaining("outcome unknown").hasCauseInstanceOf(IOException.class);
                    });
            assertThat(received.get(10, TimeUnit.SECONDS)).as("bytes of the post the peer read")
                    .isPositive();
        }
    }

    @Test
    void aRefusedTokenIsDroppedSoTheRetryFetchesANewOne() throws Exception {
        deliverer.deliver(reply("1", "first"));
        int before = standIn.tokensIssued();
        standIn.failNext(1, 401, null);
        assertThatThrownBy(() -> deliverer.deliver(reply("2", "second"))).isInstanceOf(TeamsTransientException.class);
        deliverer.deliver(reply("2", "second"));
        assertThat(standIn.tokensIssued()).isEqualTo(before + 1);
    }

    @Test
    void withoutCredentialsNothingIsSentUnlessVerificationIsOffForLocalDevelopment() throws Exception {
        TeamsReplyDeliverer unconfigured = deliverer(null, null, false);
        assertThatThrownBy(() -> unconfigured.deliver(reply("1", "hi"))).isInstanceOf(PermanentDeliveryException.class)
                .hasMessageContaining("MICROSOFT_APP_ID");
        assertThat(standIn.activities()).isEmpty();

        deliverer(null, null, true).deliver(reply("1", "hi"));
        assertThat(standIn.activities()).singleElement().satisfies(a -> assertThat(a.bearerToken()).isNull());
    }

    @Test
    void aReferenceWithoutServiceUrlIsPermanentlyUndeliverable() {
        OutboundReply broken = new OutboundReply(1, new ConversationRef(Channel.TEAMS, CONVERSATION,
                Map.of(TeamsRefs.CONVERSATION_ID, CONVERSATION)), "hi");
        assertThatThrownBy(() -> deliverer.deliver(broken)).isInstanceOf(PermanentDeliveryException.class);
        OutboundReply ftp = new OutboundReply(1, new ConversationRef(Channel.TEAMS, CONVERSATION,
                Map.of(TeamsRefs.CONVERSATION_ID, CONVERSATION, TeamsRefs.SERVICE_URL, "ftp://example.test/")), "hi");
        assertThatThrownBy(() -> deliverer.deliver(ftp)).isInstanceOf(PermanentDeliveryException.class);
    }

    /**
     * Issue 19, high finding: an activity naming a Bot Connector that is not on the allow-list (here the stand-in
     * reached as {@code localhost}, while the list admits only {@code http://127.0.0.1}, and an https host outside the
     * Bot Framework) gets nothing: no token is requested or sent, the failure is permanent (dead-lettered and audited
     * by the outbox).
     */
    @Test
    void aServiceUrlOffTheAllowListGetsNeitherTheReplyNorTheToken() {
        int tokens = standIn.tokensIssued();
        String elsewhere = standIn.baseUrl().replace("127.0.0.1", "localhost") + "/";
        assertThatThrownBy(() -> deliverer.deliver(reply(elsewhere, "1", "secret order details")))
                .isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("TEAMS_SERVICE_URL_ALLOWLIST");
        assertThatThrownBy(() -> deliverer.deliver(reply("https://collector.attacker.example/", "1", "hi")))
                .isInstanceOf(PermanentDeliveryException.class);
        assertThat(standIn.activities()).isEmpty();
        assertThat(standIn.tokensIssued()).as("no token fetched for a refused post").isEqualTo(tokens);
    }

    private static OutboundReply reply(String activityId, String text) {
        return reply(standIn.baseUrl() + "/", activityId, text);
    }

    private static OutboundReply reply(String serviceUrl, String activityId, String text) {
        java.util.Map<String, String> attributes = new java.util.HashMap<>();
        attributes.put(TeamsRefs.SERVICE_URL, serviceUrl);
        attributes.put(TeamsRefs.CONVERSATION_ID, CONVERSATION);
        attributes.put(TeamsRefs.ACTIVITY_ID, activityId);
        attributes.put(TeamsRefs.BOT_ID, "28:0b6fe6d1-fece-44f7-9a48-56465e2d5ab8");
        attributes.put(TeamsRefs.BOT_NAME, "ridotest");
        return new OutboundReply(42, new ConversationRef(Channel.TEAMS, CONVERSATION, attributes), text);
    }

    private static TeamsReplyDeliverer deliverer(String appId, String password, boolean authDisabled) {
        BotTokenProvider tokens = new BotTokenProvider();
        tokens.settings = TestTeamsSettings.of(appId, password, standIn.tokenUrl(), authDisabled, null);
        tokens.clock = Clock.systemUTC();
        BotConnectorClient connector = new BotConnectorClient();
        connector.tokens = tokens;
        connector.settings = tokens.settings;
        TeamsReplyDeliverer deliverer = new TeamsReplyDeliverer();
        deliverer.connector = connector;
        return deliverer;
    }
}
