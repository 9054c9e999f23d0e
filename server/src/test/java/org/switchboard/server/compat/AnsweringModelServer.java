package org.switchboard.server.compat;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A local OpenAI-compatible chat-completions endpoint ({@code POST /v1/chat/completions}) that records every request
 * and answers each with the same final text: enough for the upgraded server to run its model agent on an old
 * conversation, and for the test to read which memory the agent sent along.
 */
final class AnsweringModelServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<JsonObject> requests = new CopyOnWriteArrayList<>();

    private AnsweringModelServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * @param answer the text every completion carries
     * @return a started server on a free local port
     * @throws IOException if no port can be bound
     */
    static AnsweringModelServer start(String answer) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ExecutorService executor = Executors.newCachedThreadPool();
        AnsweringModelServer model = new AnsweringModelServer(http, executor);
        byte[] completion = """
                {"id":"chatcmpl-compat","object":"chat.completion","created":1,"model":"gpt-test",
                 "choices":[{"index":0,"message":{"role":"assistant","content":%s},"finish_reason":"stop"}],
                 "usage":{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}}"""
                .formatted(Json.createValue(answer).toString()).getBytes(StandardCharsets.UTF_8);
        http.createContext("/v1/chat/completions", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                model.requests.add(Json.createReader(new StringReader(body)).readObject());
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, completion.length);
                exchange.getResponseBody().write(completion);
            }
        });
        http.setExecutor(executor);
        http.start();
        return model;
    }

    /** @return the base URL to configure as {@code MODEL_BASE_URL} */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** @return the requests received so far, oldest first */
    List<JsonObject> requests() {
        return List.copyOf(requests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
