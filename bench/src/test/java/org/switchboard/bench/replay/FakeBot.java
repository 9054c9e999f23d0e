package org.switchboard.bench.replay;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.methods.MethodsClient;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A minimal stand-in for Switchboard's Slack endpoint: verifies the v0 signature (401 if wrong), acks 200 at
 * once, drops event ids it has seen (as Bolt apps do with Slack retries), and replies asynchronously through the
 * Slack SDK's MethodsClient — in the message's thread for channels, unthreaded for DMs. Text containing
 * {@code "(silent)"} gets no reply; with {@link #duplicateReplies} every reply is posted twice.
 */
final class FakeBot implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final SlackSignature.Verifier verifier;
    private final Slack slack;
    private final MethodsClient methods;
    private final Set<String> seenEventIds = ConcurrentHashMap.newKeySet();
    volatile boolean duplicateReplies;
    private boolean closed;

    FakeBot(String signingSecret, String slackApiUrl) throws IOException {
        verifier = new SlackSignature.Verifier(new SlackSignature.Generator(signingSecret));
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(slackApiUrl);
        slack = Slack.getInstance(config);
        methods = slack.methods("xoxb-fake-bot-token");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        server.createContext("/slack/events", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    URI baseUrl() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String ts = exchange.getRequestHeaders().getFirst("X-Slack-Request-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-Slack-Signature");
            boolean json = "application/json".equals(exchange.getRequestHeaders().getFirst("Content-Type"));
            if (ts == null || signature == null || !json || !verifier.isValid(ts, body, signature)) {
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            exchange.sendResponseHeaders(200, -1);
            JsonObject root = JsonParser.parseString(body).getAsJsonObject();
            if (seenEventIds.add(root.get("event_id").getAsString())) {
                workers.execute(() -> reply(root.getAsJsonObject("event")));
            }
        }
    }

    private void reply(JsonObject event) {
        String text = event.get("text").getAsString();
        if (text.contains("(silent)")) {
            return;
        }
        String channel = event.get("channel").getAsString();
        boolean dm = channel.startsWith("D");
        String thread = event.has("thread_ts") ? event.get("thread_ts").getAsString()
                : dm ? null : event.get("ts").getAsString();
        int times = duplicateReplies ? 2 : 1;
        try {
            for (int i = 0; i < times; i++) {
                methods.chatPostMessage(r -> r.channel(channel).threadTs(thread).text("You asked: " + text));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws Exception {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        workers.shutdownNow();
        slack.close();
    }
}
