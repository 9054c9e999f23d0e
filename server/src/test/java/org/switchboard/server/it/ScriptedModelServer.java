package org.switchboard.server.it;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local OpenAI-compatible chat-completions server ({@code POST /v1/chat/completions}, as vLLM, llama.cpp or LM
 * Studio serve it) that answers from a script: each request takes the next scripted completion, in order, and is
 * recorded. A scripted "hang" never answers in time (the client's timeout fires), to test the model fallback; a
 * scripted failure answers HTTP 500. With nothing scripted it answers 503, which the bot treats as an outage.
 *
 * <p>{@link #hold()} closes a gate: every request from then on is recorded and takes its scripted answer, then
 * waits (on a latch, no sleeping) until {@link #release()}; {@link #inFlight()} and {@link #maxInFlight()} count the
 * requests being answered at once, so a test can see a bulkhead from the model's side.
 */
final class ScriptedModelServer {

    private final HttpServer server;
    private final BlockingDeque<String> script = new LinkedBlockingDeque<>();
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopping = new CountDownLatch(1);

    private static final String HANG = "<hang>";
    private static final String FAIL = "<fail>";

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final List<Instant> received = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(0);

    private ScriptedModelServer(HttpServer server) {
        this.server = server;
    }

    /** @return a started server on a free local port */
    static ScriptedModelServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            ScriptedModelServer scripted = new ScriptedModelServer(http);
            http.createContext("/v1/chat/completions", exchange -> {
                int now = scripted.inFlight.incrementAndGet();
                scripted.maxInFlight.accumulateAndGet(now, Math::max);
                try {
                    scripted.answer(exchange);
                } finally {
                    scripted.inFlight.decrementAndGet();
                }
            });
            http.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(com.sun.net.httpserver.HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(Json.createReader(new StringReader(body)).readObject());
        received.add(Instant.now());
        String next = script.poll();
        CountDownLatch held = gate;
        if (HANG.equals(next) || held.getCount() > 0) {
            try {
                (HANG.equals(next) ? stopping : held).await(120, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (HANG.equals(next)) {
                exchange.close();
                return;
            }
        }
        int status = next == null ? 503 : FAIL.equals(next) ? 500 : 200;
        byte[] answer = (status == 503 ? "{\"error\":{\"message\":\"nothing scripted\"}}"
                : status == 500 ? "{\"error\":{\"message\":\"scripted server error\",\"type\":\"server_error\"}}"
                : next).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** @return the base URL to configure as {@code MODEL_BASE_URL} */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Scripts a tool call. @param name the tool @param argumentsJson its arguments, a JSON object as text */
    ScriptedModelServer toolCall(String name, String argumentsJson) {
        String id = "call_" + (requests.size() + script.size());
        String calls = Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", id).add("type", "function")
                .add("function", Json.createObjectBuilder().add("name", name).add("arguments", argumentsJson))).build()
                .toString();
        script.add(completion("null", calls, "tool_calls"));
        return this;
    }

    /** Scripts a final answer. @param text the answer */
    ScriptedModelServer answer(String text) {
        script.add(completion(Json.createValue(text).toString(), null, "stop"));
        return this;
    }

    /** Scripts {@code times} requests that never get an answer in time. */
    ScriptedModelServer hang(int times) {
        for (int i = 0; i < times; i++) {
            script.add(HANG);
        }
        return this;
    }

    /** Scripts {@code times} requests answered with HTTP 500 (a server error, as an overloaded model API gives). */
    ScriptedModelServer fail(int times) {
        for (int i = 0; i < times; i++) {
            script.add(FAIL);
        }
        return this;
    }

    /** Holds every request from now on (after recording it) until {@link #release()}. */
    void hold() {
        gate = new CountDownLatch(1);
    }

    /** Lets every held request, and all later ones, be answered. */
    void release() {
        gate.countDown();
    }

    /** @return how many requests are being answered (or held) right now */
    int inFlight() {
        return inFlight.get();
    }

    /** @return the most requests answered (or held) at once since the last {@link #clear()} */
    int maxInFlight() {
        return maxInFlight.get();
    }

    /** @return when each request arrived, oldest first */
    List<Instant> receivedAt() {
        return List.copyOf(received);
    }

    /** @return the requests received so far, oldest first */
    List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    /** @return whether every scripted answer has been used */
    boolean scriptUsed() {
        return script.isEmpty();
    }

    void clear() {
        release();
        script.clear();
        requests.clear();
        received.clear();
        maxInFlight.set(inFlight.get());
    }

    void stop() {
        release();
        stopping.countDown();
        server.stop(0);
    }

    private static String completion(String content, String toolCalls, String finish) {
        return """
                {"id":"chatcmpl-it","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s%s},"finish_reason":"%s"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}"""
                .formatted(content, toolCalls == null ? "" : ",\"tool_calls\":" + toolCalls, finish);
    }
}
