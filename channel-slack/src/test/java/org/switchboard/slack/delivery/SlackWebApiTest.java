package org.switchboard.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.slack.SlackFixtures;

/**
 * {@link SlackWebApi} with the real Java Slack SDK talking HTTP to a local Web API stand-in. Built by hand, the bean
 * has no MicroProfile Fault Tolerance interceptors: {@code @Timeout}, {@code @Retry} and {@code @CircuitBreaker} are
 * inert here, so each call is exactly one attempt and these tests see how a single failure is classified.
 */
class SlackWebApiTest {

    private static final String TOKEN = "xoxb-0000-test-token";

    private final SlackApiStandIn slack = new SlackApiStandIn();
    private final SlackWebApi api = SlackApiStandIn.webApi(SlackApiStandIn.settings(slack.apiUrl(), TOKEN));

    @AfterEach
    void stop() throws Exception {
        api.close();
        slack.close();
    }

    @Test
    void aReplyIsPostedIntoTheThreadWithTheBotToken() throws Exception {
        String ts = api.postMessage("C111", "1606811050.000800", "Your card is on its way.", 7L);

        assertThat(ts).isEqualTo(SlackApiStandIn.POSTED_TS);
        assertThat(slack.posts()).singleElement().satisfies(post -> {
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.header("Authorization")).isEqualTo("Bearer " + TOKEN);
            assertThat(post.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
            assertThat(post.form()).containsEntry("channel", "C111")
                    .containsEntry("thread_ts", "1606811050.000800")
                    .containsEntry("text", "Your card is on its way.")
                    .doesNotContainKey("token");
            assertThat(post.form().get("metadata")).as("marks the reply with its outbox entry")
                    .contains("\"event_type\":\"switchboard_reply\"").contains("\"outbox_id\":7");
        });
    }

    @Test
    void theBaseUrlGetsItsTrailingSlash() throws Exception {
        assertThat(slack.apiUrl()).doesNotEndWith("/");
        api.postMessage("C111", null, "hi", 7L);
        assertThat(slack.posts()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("/api/chat.postMessage"));
    }

    @Test
    void aReplyWithoutAThreadIsPostedAtTheTopLevel() throws Exception {
        api.postMessage("D111", null, "Hello!", 7L);
        assertThat(slack.posts()).singleElement().satisfies(post -> {
            assertThat(post.form()).containsEntry("channel", "D111").containsEntry("text", "Hello!");
            assertThat(post.form()).doesNotContainKey("thread_ts");
        });
    }

    @Test
    void textWithMarkupCharactersAndUnicodeArrivesUnchanged() throws Exception {
        String text = "Fees & limits: <https://x.y|see here> — 5 % off, 10€ 💳\nsecond line";
        api.postMessage("C111", "1.2", text, 7L);
        assertThat(slack.posts()).singleElement().satisfies(p -> assertThat(p.form()).containsEntry("text", text));
    }

    @Test
    void postingNeverCallsAuthTestFirst() throws Exception {
        // SlackWebApi turns the SDK's stats off, so no auth.test precedes the first post (a fresh token proves it)
        SlackWebApi fresh = SlackApiStandIn.webApi(SlackApiStandIn.settings(slack.apiUrl(), "xoxb-0000-auth-test-once"));
        try {
            fresh.postMessage("C111", "1.2", "one", 7L);
            fresh.postMessage("C111", "1.2", "two", 7L);
        } finally {
            fresh.close();
        }
        assertThat(slack.received).extracting(SlackApiStandIn.Received::path)
                .containsExactly("/api/chat.postMessage", "/api/chat.postMessage");
        assertThat(slack.received).extracting(r -> r.header("Authorization")).containsOnly("Bearer xoxb-0000-auth-test-once");
    }

    @Test
    void http429IsRetriedLaterAfterRetryAfter() {
        slack.answer(429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}");

        RetryableDeliveryException e = catchThrowableOfType(RetryableDeliveryException.class,
                () -> api.postMessage("C111", "1.2", "hi", 7L));

        assertThat(e).isNotInstanceOf(SlackTransientException.class);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(slack.posts()).hasSize(1);
    }

    @Test
    void http429WithoutRetryAfterIsRetriedAfterOneSecond() {
        slack.answer(429, Map.of(), "{\"ok\":false,\"error\":\"ratelimited\"}");
        RetryableDeliveryException e = catchThrowableOfType(RetryableDeliveryException.class,
                () -> api.postMessage("C111", "1.2", "hi", 7L));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {500, 502, 503})
    void http5xxIsATransientFailure(int status) {
        slack.answer(status, Map.of(), "<html><body>upstream error</body></html>");
        assertThat(catchThrowableOfType(RetryableDeliveryException.class, () -> api.postMessage("C111", "1.2", "hi", 7L)))
                .isInstanceOf(SlackTransientException.class);
    }

    @Test
    void okFalseChannelNotFoundIsGivenUpOn() {
        slack.answer(200, Map.of(), "{\"ok\":false,\"error\":\"channel_not_found\"}");
        PermanentDeliveryException e = catchThrowableOfType(PermanentDeliveryException.class,
                () -> api.postMessage("C999", "1.2", "hi", 7L));
        assertThat(e).hasMessageContaining("channel_not_found");
    }

    @Test
    void slacksDocumentedErrorExampleIsGivenUpOn() {
        slack.answer(200, Map.of(), SlackFixtures.read("web-api/openapi-examples/chat.postMessage.error.json"));
        assertThat(catchThrowableOfType(PermanentDeliveryException.class, () -> api.postMessage("C111", "1.2", "hi", 7L)))
                .hasMessageContaining("too_many_attachments");
    }

    @Test
    void okFalseRatelimitedIsRetriedLaterAfterOneSecond() {
        slack.answer(200, Map.of(), "{\"ok\":false,\"error\":\"ratelimited\"}");
        RetryableDeliveryException e = catchThrowableOfType(RetryableDeliveryException.class,
                () -> api.postMessage("C111", "1.2", "hi", 7L));
        assertThat(e).isNotInstanceOf(SlackTransientException.class);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
    }

    @Test
    void okFalseInternalErrorIsATransientFailure() {
        slack.answer(200, Map.of(), "{\"ok\":false,\"error\":\"internal_error\"}");
        assertThat(catchThrowableOfType(RetryableDeliveryException.class, () -> api.postMessage("C111", "1.2", "hi", 7L)))
                .isInstanceOf(SlackTransientException.class);
    }

    @Test
    void failuresNeverMentionTheToken() {
        slack.answer(200, Map.of(), "{\"ok\":false,\"error\":\"invalid_auth\"}");
        slack.answer(429, Map.of("Retry-After", "3"), "{\"ok\":false,\"error\":\"ratelimited\"}");
        slack.answer(503, Map.of(), "");
        for (int i = 0; i < 3; i++) {
            Exception e = catchThrowableOfType(Exception.class, () -> api.postMessage("C111", "1.2", "hi", 7L));
            assertThat(e).isInstanceOfAny(RetryableDeliveryException.class, PermanentDeliveryException.class);
            assertThat(e.getMessage()).doesNotContain(TOKEN);
        }
    }

    @Test
    void withoutABotTokenNothingIsSentAndTheReplyIsGivenUpOn() throws Exception {
        for (String token : new String[] {null, "", "   "}) {
            SlackWebApi unconfigured = SlackApiStandIn.webApi(SlackApiStandIn.settings(slack.apiUrl(), token));
            try {
                assertThat(catchThrowableOfType(PermanentDeliveryException.class,
                        () -> unconfigured.postMessage("C111", "1.2", "hi", 7L))).hasMessageContaining("SLACK_BOT_TOKEN");
            } finally {
                unconfigured.close();
            }
        }
        assertThat(slack.received).isEmpty();
    }

    @Test
    void anUnreachableApiIsATransientFailure() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        SlackWebApi unreachable = SlackApiStandIn.webApi(
                SlackApiStandIn.settings("http://127.0.0.1:" + closedPort + "/api/", TOKEN));
        try {
            SlackTransientException e = catchThrowableOfType(SlackTransientException.class,
                    () -> unreachable.postMessage("C111", "1.2", "hi", 7L));
            assertThat(e).hasMessageContaining("I/O error").hasMessageNotContaining(TOKEN);
            assertThat(e.retryAfter()).isEmpty();
        } finally {
            unreachable.close();
        }
    }
}
