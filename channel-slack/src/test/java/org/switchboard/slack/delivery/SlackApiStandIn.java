package org.switchboard.slack.delivery;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.slack.SlackFixtures;
import org.switchboard.slack.TestSettings;
import org.switchboard.slack.config.SlackSettings;

/**
 * A local stand-in for the Slack Web API on the JDK's HTTP server: records each request and answers
 * {@code chat.postMessage} with queued responses, by default Slack's documented success example (OpenAPI spec).
 * {@code auth.test} is always answered with the Java SDK tests' mock response: the SDK's {@code MethodsClient} calls
 * it once per token before its first method call to learn the team id for its call statistics.
 */
final class SlackApiStandIn implements AutoCloseable {

    /** One request as the stand-in received it. */
    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        /** @return the first value of a header, or null */
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** @return the form-encoded body's parameters, decoded */
        Map<String, String> form() {
            Map<String, String> params = new LinkedHashMap<>();
            if (body.isEmpty()) {
                return params;
            }
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
            return params;
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    /** Slack's documented chat.postMessage success response. */
    static final String POST_MESSAGE_OK = SlackFixtures.read("web-api/openapi-examples/chat.postMessage.json");
    /** Its {@code ts}. */
    static final String POSTED_TS = "1503435956.000247";
    /** The Java SDK tests' mock {@code auth.test} response (team T1234567). */
    static final String AUTH_TEST_OK = SlackFixtures.read("web-api/java-sdk-tests/auth.test.json");
    /** The path of {@code chat.postMessage} under the stand-in. */
    static final String POST_MESSAGE = "/api/chat.postMessage";

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final HttpServer server;

    SlackApiStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Answer answer;
            if (exchange.getRequestURI().getPath().equals("/api/auth.test")) {
                answer = new Answer(200, Map.of(), AUTH_TEST_OK);
            } else {
                synchronized (answers) {
                    answer = answers.isEmpty() ? new Answer(200, Map.of(), POST_MESSAGE_OK) : answers.poll();
                }
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            answer.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** @return the chat.postMessage requests received so far */
    List<Received> posts() {
        return received.stream().filter(r -> r.path().equals(POST_MESSAGE)).toList();
    }

    /** Queues the answer to the next request other than auth.test. */
    SlackApiStandIn answer(int status, Map<String, String> headers, String body) {
        synchronized (answers) {
            answers.add(new Answer(status, headers, body));
        }
        return this;
    }

    /** @return the Web API base URL, deliberately without the trailing slash */
    String apiUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/api";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Settings with a Web API URL and a bot token (null for none); nothing else is needed for posting. */
    static SlackSettings settings(String apiUrl, String botToken) {
        return TestSettings.of(null, botToken, apiUrl, null, 1_048_576);
    }

    /** @return a started {@link SlackWebApi} as CDI would build it (without the Fault Tolerance interceptors) */
    static SlackWebApi webApi(SlackSettings settings) {
        SlackWebApi api = new SlackWebApi();
        api.settings = settings;
        api.init();
        return api;
    }
}
