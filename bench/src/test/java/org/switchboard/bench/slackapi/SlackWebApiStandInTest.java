package org.switchboard.bench.slackapi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackWebApiStandInTest {

    private static final String TOKEN = "xoxb-test-token-1234";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private SlackWebApiStandIn standIn;

    @BeforeEach
    void start() throws IOException {
        standIn = SlackWebApiStandIn.start(0);
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    private HttpResponse<String> post(String method, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(request(method, contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String contentType, String body) {
        return HttpRequest.newBuilder(URI.create(standIn.baseUrl() + method))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    @Test
    void listensOnLoopbackWithApiBaseUrl() {
        assertThat(standIn.port()).isPositive();
        assertThat(standIn.baseUrl()).isEqualTo("http://127.0.0.1:" + standIn.port() + "/api/");
    }

    @Test
    void capturesFormEncodedPostMessage() throws Exception {
        HttpResponse<String> response = post("chat.postMessage", FORM + "; charset=utf-8",
                "channel=C111&thread_ts=1606810819.000800&text=Hello+w%C3%B6rld+%26+more%0Asecond+line");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonObject body = json(response);
        assertThat(body.get("ok").getAsBoolean()).isTrue();
        assertThat(body.get("channel").getAsString()).isEqualTo("C111");
        assertThat(body.get("ts").getAsString()).matches("\\d{10}\\.\\d{6}");
        assertThat(body.getAsJsonObject("message").get("text").getAsString())
                .isEqualTo("Hello wörld & more\nsecond line");
        assertThat(body.getAsJsonObject("message").get("thread_ts").getAsString()).isEqualTo("1606810819.000800");

        CapturedMessage captured = standIn.messages().get(0);
        assertThat(captured.channel()).isEqualTo("C111");
        assertThat(captured.threadTs()).isEqualTo("1606810819.000800");
        assertThat(captured.text()).isEqualTo("Hello wörld & more\nsecond line");
        assertThat(captured.token()).isEqualTo(TOKEN);
        assertThat(captured.ts()).isEqualTo(body.get("ts").getAsString());
        assertThat(captured.receivedAt()).isBeforeOrEqualTo(Instant.now());
        assertThat(captured.params()).containsEntry("channel", "C111").containsKey("text");
        assertThat(captured.toString()).doesNotContain(TOKEN);
        assertThat(standIn.messagesFor("C111")).containsExactly(captured);
        assertThat(standIn.messagesFor("D111")).isEmpty();
    }

    @Test
    void capturesJsonPostMessage() throws Exception {
        HttpResponse<String> response = post("chat.postMessage", "application/json; charset=utf-8",
                "{\"channel\":\"D111\",\"text\":\"Hi there\",\"unfurl_links\":false,"
                        + "\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"Hi there\"}}]}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject body = json(response);
        assertThat(body.get("ok").getAsBoolean()).isTrue();
        assertThat(body.getAsJsonObject("message").getAsJsonArray("blocks")).hasSize(1);
        CapturedMessage captured = standIn.messages().get(0);
        assertThat(captured.channel()).isEqualTo("D111");
        assertThat(captured.threadTs()).isNull();
        assertThat(captured.inThread()).isFalse();
        assertThat(captured.text()).isEqualTo("Hi there");
        assertThat(captured.params()).containsEntry("unfurl_links", "false");
        assertThat(captured.params().get("blocks")).startsWith("[{\"type\":\"section\"");
    }

    @Test
    void timestampsAreUniqueAndIncreasing() throws Exception {
        for (int i = 0; i < 5; i++) {
            post("chat.postMessage", FORM, "channel=C1&text=m" + i);
        }
        List<BigDecimal> ts = standIn.messages().stream().map(m -> new BigDecimal(m.ts())).toList();
        assertThat(ts).hasSize(5).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void answersAuthTest() throws Exception {
        HttpResponse<String> response = post("auth.test", FORM, "");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(JsonParser.parseString("{\"ok\":true,\"url\":\"https://standin.slack.com/\","
                + "\"team\":\"Stand-in\",\"user\":\"switchboard\",\"team_id\":\"T111\",\"user_id\":\"U0BOT\","
                + "\"bot_id\":\"B0BOT\"}"));
    }

    @Test
    void capturesChatUpdateAndEphemeralMessagesSeparatelyFromPosts() throws Exception {
        HttpResponse<String> update = post("chat.update", FORM,
                "channel=C0APPROVERS&ts=1700000000.000100&text=Approved+by+%3C%40U1%3E&blocks=%5B%5D");
        assertThat(json(update).get("ok").getAsBoolean()).isTrue();
        assertThat(json(update).get("ts").getAsString()).isEqualTo("1700000000.000100");
        HttpResponse<String> ephemeral = post("chat.postEphemeral", FORM, "channel=C0APPROVERS&user=U9&text=Sorry");
        assertThat(json(ephemeral).get("ok").getAsBoolean()).isTrue();
        assertThat(json(ephemeral).get("message_ts").getAsString()).matches("\\d{10}\\.\\d{6}");

        assertThat(standIn.messages()).isEmpty();
        assertThat(standIn.calls("chat.update")).singleElement().satisfies(c -> {
            assertThat(c.param("channel")).isEqualTo("C0APPROVERS");
            assertThat(c.param("ts")).isEqualTo("1700000000.000100");
            assertThat(c.param("text")).isEqualTo("Approved by <@U1>");
        });
        assertThat(standIn.calls("chat.postEphemeral")).singleElement()
                .satisfies(c -> assertThat(c.param("user")).isEqualTo("U9"));
        standIn.clear();
        assertThat(standIn.calls("chat.update")).isEmpty();
    }

    @Test
    void chatUpdateAndEphemeralAreValidatedLikeSlack() throws Exception {
        assertThat(json(post("chat.update", FORM, "channel=C1&text=x")).get("error").getAsString())
                .isEqualTo("message_not_found");
        assertThat(json(post("chat.postEphemeral", FORM, "channel=C1&text=x")).get("error").getAsString())
                .isEqualTo("user_not_in_channel");
        assertThat(json(post("chat.update", FORM, "ts=1.2&text=x")).get("error").getAsString())
                .isEqualTo("channel_not_found");
        assertThat(standIn.calls("chat.update")).isEmpty();
        assertThat(standIn.calls("chat.postEphemeral")).isEmpty();
    }

    @Test
    void unknownMethodIsOkFalse() throws Exception {
        HttpResponse<String> response = post("users.list", FORM, "channel=C111");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"ok\":false,\"error\":\"unknown_method\"}");
        assertThat(standIn.messages()).isEmpty();
    }

    @Test
    void postedMessagesCanBeReadBackWithTheirMetadata() throws Exception {
        String metadata = java.net.URLEncoder.encode("{\"event_type\":\"switchboard_reply\",\"event_payload\":{\"outbox_id\":7}}",
                java.nio.charset.StandardCharsets.UTF_8);
        post("chat.postMessage", FORM, "channel=C111&thread_ts=1.2&text=in+thread&metadata=" + metadata);
        post("chat.postMessage", FORM, "channel=C111&text=top+level");
        post("chat.postMessage", FORM, "channel=C222&thread_ts=1.2&text=elsewhere");

        com.google.gson.JsonObject replies = json(post("conversations.replies", FORM,
                "channel=C111&ts=1.2&oldest=0&include_all_metadata=1"));
        assertThat(replies.get("ok").getAsBoolean()).isTrue();
        assertThat(replies.getAsJsonArray("messages")).singleElement().satisfies(m -> {
            assertThat(m.getAsJsonObject().get("text").getAsString()).isEqualTo("in thread");
            assertThat(m.getAsJsonObject().getAsJsonObject("metadata").getAsJsonObject("event_payload")
                    .get("outbox_id").getAsLong()).isEqualTo(7);
        });
        com.google.gson.JsonObject withoutMetadata = json(post("conversations.replies", FORM, "channel=C111&ts=1.2"));
        assertThat(withoutMetadata.getAsJsonArray("messages").get(0).getAsJsonObject().has("metadata")).isFalse();
        com.google.gson.JsonObject history = json(post("conversations.history", FORM, "channel=C111"));
        assertThat(history.getAsJsonArray("messages")).singleElement().satisfies(m ->
                assertThat(m.getAsJsonObject().get("text").getAsString()).isEqualTo("top level"));
        com.google.gson.JsonObject later = json(post("conversations.replies", FORM, "channel=C111&ts=1.2&oldest=9999999999"));
        assertThat(later.getAsJsonArray("messages")).isEmpty();
        assertThat(standIn.calls("conversations.replies")).hasSize(3);
    }

    @Test
    void refusesPostWithoutTokenLikeSlack() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "chat.postMessage"))
                .header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString("channel=C111&text=hi"))
                .build();

        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.body()).isEqualTo("{\"ok\":false,\"error\":\"not_authed\"}");
        assertThat(standIn.messages()).isEmpty();
    }

    @Test
    void rateLimitsWithRetryAfterThenDelivers() throws Exception {
        standIn.failNext(1, 429, 7);

        HttpResponse<String> limited = post("chat.postMessage", FORM, "channel=C111&text=first+try");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(limited.body()).isEqualTo("{\"ok\":false,\"error\":\"ratelimited\"}");
        assertThat(standIn.messages()).isEmpty();
        assertThat(standIn.rejectedAttempts()).singleElement().satisfies(rejected -> {
            assertThat(rejected.status()).isEqualTo(429);
            assertThat(rejected.retryAfterSeconds()).isEqualTo(7);
            assertThat(rejected.channel()).isEqualTo("C111");
            assertThat(rejected.receivedAt()).isBeforeOrEqualTo(Instant.now());
        });

        HttpResponse<String> retried = post("chat.postMessage", FORM, "channel=C111&text=second+try");
        assertThat(retried.statusCode()).isEqualTo(200);
        assertThat(json(retried).get("ok").getAsBoolean()).isTrue();
        assertThat(standIn.messages()).extracting(CapturedMessage::text).containsExactly("second try");
        assertThat(standIn.rejectedAttempts()).hasSize(1);
    }

    @Test
    void serverErrorsForTheNextCallsOnly() throws Exception {
        standIn.failNext(2, 503, null);

        HttpResponse<String> first = post("chat.postMessage", FORM, "channel=C1&text=a");
        HttpResponse<String> second = post("chat.postMessage", FORM, "channel=C1&text=b");
        HttpResponse<String> third = post("chat.postMessage", FORM, "channel=C1&text=c");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).isEmpty();
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(standIn.rejectedAttempts()).extracting(RejectedAttempt::status).containsExactly(503, 503);
        assertThat(standIn.messages()).extracting(CapturedMessage::text).containsExactly("c");
    }

    @Test
    void awaitMessagesTimesOut() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> standIn.awaitMessages(1, Duration.ofMillis(200)))
                .isInstanceOf(TimeoutException.class)
                .hasMessageContaining("got 0");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void awaitMessagesReturnsOnceEnoughArrive() throws Exception {
        CompletableFuture<HttpResponse<String>> a = http.sendAsync(request("chat.postMessage", FORM,
                "channel=C1&text=a"), HttpResponse.BodyHandlers.ofString());
        CompletableFuture<HttpResponse<String>> b = http.sendAsync(request("chat.postMessage", FORM,
                "channel=C2&text=b"), HttpResponse.BodyHandlers.ofString());

        List<CapturedMessage> messages = standIn.awaitMessages(2, Duration.ofSeconds(10));

        assertThat(messages).extracting(CapturedMessage::text).containsExactlyInAnyOrder("a", "b");
        assertThat(a.join().statusCode()).isEqualTo(200);
        assertThat(b.join().statusCode()).isEqualTo(200);
        assertThat(standIn.awaitMessages(0, Duration.ZERO)).hasSize(2);
    }

    @Test
    void delayNextHoldsTheAnswerButCapturesAtOnce() throws Exception {
        Duration delay = Duration.ofMillis(400);
        standIn.delayNext(1, delay);
        long start = System.nanoTime();

        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(request("chat.postMessage", FORM,
                "channel=C1&text=slow"), HttpResponse.BodyHandlers.ofString());
        CapturedMessage captured = standIn.awaitMessages(1, Duration.ofSeconds(10)).get(0);
        HttpResponse<String> response = slow.join();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(captured.text()).isEqualTo("slow");
        assertThat(elapsed).isGreaterThanOrEqualTo(delay);

        long fastStart = System.nanoTime();
        assertThat(post("chat.postMessage", FORM, "channel=C1&text=fast").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - fastStart)).isLessThan(delay);
    }

    @Test
    void clearForgetsEverything() throws Exception {
        standIn.failNext(1, 429, 1);
        post("chat.postMessage", FORM, "channel=C1&text=a");
        post("chat.postMessage", FORM, "channel=C1&text=b");
        standIn.failNext(5, 503, null);

        standIn.clear();

        assertThat(standIn.messages()).isEmpty();
        assertThat(standIn.rejectedAttempts()).isEmpty();
        assertThat(post("chat.postMessage", FORM, "channel=C1&text=c").statusCode()).isEqualTo(200);
    }

    @Test
    void cancelledInjectionsNoLongerFailCallsButWhatWasCapturedStays() throws Exception {
        standIn.failNext(1, 429, 1);
        post("chat.postMessage", FORM, "channel=C1&text=a");
        post("chat.postMessage", FORM, "channel=C1&text=b");
        standIn.failNext(5, 503, null);
        standIn.delayNext(5, Duration.ofMinutes(5));

        standIn.cancelInjections();

        assertThat(post("chat.postMessage", FORM, "channel=C1&text=c").statusCode()).isEqualTo(200);
        assertThat(standIn.messages()).extracting(CapturedMessage::text).containsExactly("b", "c");
        assertThat(standIn.rejectedAttempts()).hasSize(1);
    }

    @Test
    void worksWithTheSlackSdkMethodsClient() throws Exception {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(standIn.baseUrl());
        try (Slack slack = Slack.getInstance(config)) {
            MethodsClient methods = slack.methods(TOKEN);

            assertThat(methods.authTest(r -> r).getUserId()).isEqualTo("U0BOT");
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r
                    .channel("C111").threadTs("1606810819.000800").text("Your card is on its way & will arrive soon"));
            assertThat(response.isOk()).isTrue();
            assertThat(response.getTs()).isEqualTo(standIn.messages().get(0).ts());

            standIn.failNext(1, 429, 3);
            assertThatThrownBy(() -> methods.chatPostMessage(r -> r.channel("C111").text("limited")))
                    .isInstanceOfSatisfying(SlackApiException.class, e -> {
                        assertThat(e.getResponse().code()).isEqualTo(429);
                        assertThat(e.getResponse().header("Retry-After")).isEqualTo("3");
                    });
        }
        CapturedMessage captured = standIn.messages().get(0);
        assertThat(captured.token()).isEqualTo(TOKEN);
        assertThat(captured.channel()).isEqualTo("C111");
        assertThat(captured.threadTs()).isEqualTo("1606810819.000800");
        assertThat(captured.text()).isEqualTo("Your card is on its way & will arrive soon");
        assertThat(standIn.messages()).hasSize(1);
        assertThat(standIn.rejectedAttempts()).hasSize(1);
    }
}
