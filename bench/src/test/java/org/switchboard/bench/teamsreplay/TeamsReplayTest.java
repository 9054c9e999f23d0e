package org.switchboard.bench.teamsreplay;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link TeamsReplay} against a minimal bot: an HTTP server that is ready at once and answers each message
 * activity on {@code /api/messages} by posting one reply to the activity's {@code serviceUrl} (the replay's Bot
 * Connector stand-in), as the real bot does through its outbox.
 */
class TeamsReplayTest {

    private HttpServer bot;
    private final AtomicInteger bearerTokens = new AtomicInteger();
    private volatile boolean reply = true;

    @BeforeEach
    void startBot() throws IOException {
        bot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        bot.createContext("/health/ready", e -> respond(e, 200));
        bot.createContext("/api/messages", this::message);
        bot.start();
    }

    @AfterEach
    void stopBot() {
        bot.stop(0);
    }

    @Test
    void everyMessageIsSignedPostedAndMatchedWithItsReply(@TempDir Path dir) throws IOException {
        Path activity = Files.writeString(dir.resolve("a.json"), "{\"type\":\"message\",\"text\":\"hello\","
                + "\"conversation\":{\"id\":\"a:1\"},\"from\":{\"id\":\"29:1\"},\"recipient\":{\"id\":\"28:bot\"}}");
        Files.copy(activity, dir.resolve("b.json"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TeamsReplay.run(new String[]{"--url=http://127.0.0.1:" + bot.getAddress().getPort(),
                "--standin-port=0", "--timeout-seconds=20", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed).isZero();
        assertThat(printed).contains("MICROSOFT_OPENID_METADATA_URL=http://127.0.0.1:")
                .contains("a.json -> 1 reply: echo: hello")
                .contains("replayed 2 activities: 2 answered, 0 without reply, 0 refused, 0 errors");
        assertThat(bearerTokens.get()).isEqualTo(2);
    }

    @Test
    void aMessageWithoutReplyFailsTheReplay(@TempDir Path dir) throws IOException {
        reply = false;
        Files.writeString(dir.resolve("a.json"), "{\"type\":\"message\",\"text\":\"hello\",\"conversation\":{\"id\":\"a:1\"}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = TeamsReplay.run(new String[]{"--url=http://127.0.0.1:" + bot.getAddress().getPort(),
                "--standin-port=0", "--timeout-seconds=2", dir.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("a.json -> no reply")
                .contains("1 without reply");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(TeamsReplay.run(new String[0], new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
        assertThat(TeamsReplay.run(new String[]{"--nope", "x"}, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
    }

    private void message(HttpExchange exchange) throws IOException {
        try (exchange) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            if (authorization != null && authorization.startsWith("Bearer ey")) {
                bearerTokens.incrementAndGet();
            }
            Map<String, Object> activity = JSONObjectUtils.parse(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            respond(exchange, 200);
            if (reply) {
                @SuppressWarnings("unchecked")
                String conversation = (String) ((Map<String, Object>) activity.get("conversation")).get("id");
                String url = activity.get("serviceUrl") + "/v3/conversations/" + URLEncoder.encode(conversation,
                        StandardCharsets.UTF_8) + "/activities/" + URLEncoder.encode((String) activity.get("id"),
                        StandardCharsets.UTF_8);
                HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers
                        .ofString("{\"type\":\"message\",\"text\":\"echo: " + activity.get("text") + "\"}")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (java.text.ParseException e) {
            respond(exchange, 400);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
