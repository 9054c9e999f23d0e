package org.switchboard.bench.teamsapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.load.FaultStorm;

/** The Bot Connector stand-in's fault injection: queued failures and delays, storms, and what each leaves captured. */
class BotFrameworkStandInTest {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private BotFrameworkStandIn standIn;

    @BeforeEach
    void start() throws IOException {
        standIn = BotFrameworkStandIn.start(0, TestTokenSigner.generate("k"));
    }

    @AfterEach
    void stop() {
        standIn.close();
    }

    @Test
    void queuedFailuresAreAnsweredWithTheirStatusAndRetryAfterAndNotCaptured() throws Exception {
        standIn.failNext(1, 429, 2L);
        standIn.failNext(1, 503, null);

        HttpResponse<String> throttled = post("a:1", "1");
        HttpResponse<String> unavailable = post("a:1", "2");
        HttpResponse<String> accepted = post("a:1", "3");

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains("2");
        assertThat(unavailable.statusCode()).isEqualTo(503);
        assertThat(unavailable.headers().firstValue("Retry-After")).isEmpty();
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(standIn.activities()).extracting(CapturedActivity::replyToId).containsExactly("3");
        assertThat(standIn.rejectedAttempts()).hasSize(2);
    }

    @Test
    void aStormHitsItsShareOfPostsSpreadEvenlyUntilCancelled() throws Exception {
        standIn.startStorm(FaultStorm.parse("429:30:1"));
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            statuses.add(post("a:storm", "m" + i).statusCode());
        }
        assertThat(statuses.stream().filter(s -> s == 429).count()).isEqualTo(30);
        assertThat(statuses.subList(0, 10)).containsExactly(200, 200, 200, 429, 200, 200, 429, 200, 200, 429);
        assertThat(standIn.activities()).hasSize(70);
        assertThat(standIn.rejectedAttempts()).hasSize(30);

        standIn.cancelInjections();
        for (int i = 0; i < 10; i++) {
            assertThat(post("a:storm", "after" + i).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void heldBackAnswersAreCapturedAtOnceAndStarveNoOtherRequest() throws Exception {
        // Long enough that the fast answers below come back while the six are still held, on a busy machine too.
        Duration delay = Duration.ofSeconds(6);
        standIn.delayNext(6, delay); // more than the stand-in's request threads
        long start = System.nanoTime();
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            slow.add(http.sendAsync(request("a:slow", "s" + i), HttpResponse.BodyHandlers.ofString()));
        }
        HttpResponse<String> keys = http.send(HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/keys")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> fast = post("a:fast", "f");

        assertThat(keys.statusCode()).isEqualTo(200);
        assertThat(fast.statusCode()).isEqualTo(200);
        assertThat(slow).as("answered while six answers are held back").noneMatch(CompletableFuture::isDone);
        assertThat(standIn.activitiesFor("a:slow")).hasSize(6);
        for (CompletableFuture<HttpResponse<String>> answer : slow) {
            assertThat(answer.join().statusCode()).isEqualTo(200);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(delay);
        assertThat(standIn.heldBackAnswers()).isEqualTo(6);
    }

    @Test
    void aSlowStormHoldsBackItsShareAndClearForgetsIt() throws Exception {
        standIn.startStorm(FaultStorm.parse("slow:50:300"));
        for (int i = 0; i < 4; i++) {
            assertThat(post("a:s", "m" + i).statusCode()).isEqualTo(200);
        }
        assertThat(standIn.heldBackAnswers()).isEqualTo(2);
        assertThat(standIn.activities()).hasSize(4);
        standIn.clear();
        assertThat(post("a:s", "after").statusCode()).isEqualTo(200);
        assertThat(standIn.heldBackAnswers()).isZero();
        assertThat(standIn.activities()).hasSize(1);
    }

    private HttpResponse<String> post(String conversation, String replyToId) throws IOException, InterruptedException {
        return http.send(request(conversation, replyToId), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String conversation, String replyToId) {
        return HttpRequest.newBuilder(URI.create(standIn.baseUrl() + "/v3/conversations/" + conversation
                        + "/activities/" + replyToId))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"message\",\"text\":\"hi\"}"))
                .build();
    }
}
