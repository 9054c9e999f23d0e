package org.switchboard.bench.teamsapi;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Microsoft services a Teams bot uses, on the JDK's {@link HttpServer} bound to
 * {@code 127.0.0.1}:
 * <ul>
 *   <li>{@code GET /.well-known/openidconfiguration}: OpenID metadata with {@code issuer}
 *       {@link TestTokenSigner#ISSUER} and {@code jwks_uri} {@code {baseUrl}/keys} (point
 *       {@code MICROSOFT_OPENID_METADATA_URL} here);</li>
 *   <li>{@code GET /keys}: the signer's public key as a JWK Set;</li>
 *   <li>{@code POST /token}: an OAuth 2.0 client-credentials token endpoint (point {@code MICROSOFT_TOKEN_URL}
 *       here) answering {@code {"token_type":"Bearer","expires_in":3600,"access_token":"standin-token-N"}}, or 401
 *       {@code invalid_client} without {@code client_id} and {@code client_secret};</li>
 *   <li>{@code POST /v3/conversations/{id}/activities[/{replyToId}]}: the Bot Connector (use {@link #baseUrl()} as
 *       the activities' {@code serviceUrl}); each post is captured as a {@link CapturedActivity} and answered 200
 *       {@code {"id":"standin-N"}}, unless a failure was queued with {@link #failNext}.</li>
 * </ul>
 * Thread-safe. Never prints tokens.
 */
public final class BotFrameworkStandIn implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final TestTokenSigner signer;
    private final List<CapturedActivity> activities = new ArrayList<>();
    private final List<Instant> rejected = new ArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private int failuresLeft;
    private int failureStatus;
    private Long failureRetryAfterSeconds;

    private BotFrameworkStandIn(HttpServer server, ExecutorService executor, TestTokenSigner signer) {
        this.server = server;
        this.executor = executor;
        this.signer = signer;
    }

    /**
     * @param port   the port, or 0 for any free one
     * @param signer whose public key the JWKS publishes
     * @return the started stand-in
     * @throws IOException if the port cannot be bound
     */
    public static BotFrameworkStandIn start(int port, TestTokenSigner signer) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bot-framework-stand-in");
            t.setDaemon(true);
            return t;
        });
        BotFrameworkStandIn standIn = new BotFrameworkStandIn(server, executor, signer);
        server.createContext("/", standIn::handle);
        server.setExecutor(executor);
        server.start();
        return standIn;
    }

    /** @return {@code http://127.0.0.1:PORT} (no trailing slash) */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** @return the OpenID metadata URL */
    public String openIdMetadataUrl() {
        return baseUrl() + "/.well-known/openidconfiguration";
    }

    /** @return the token endpoint URL */
    public String tokenUrl() {
        return baseUrl() + "/token";
    }

    /** @return the signer whose key the JWKS publishes */
    public TestTokenSigner signer() {
        return signer;
    }

    /** @return every captured activity, oldest first (a copy) */
    public synchronized List<CapturedActivity> activities() {
        return List.copyOf(activities);
    }

    /**
     * @param conversationId a conversation id
     * @return the activities posted into it, oldest first
     */
    public synchronized List<CapturedActivity> activitiesFor(String conversationId) {
        return activities.stream().filter(a -> a.conversationId().equals(conversationId)).toList();
    }

    /** @return when each post refused by {@link #failNext} arrived, oldest first */
    public synchronized List<Instant> rejectedAttempts() {
        return List.copyOf(rejected);
    }

    /** @return how many tokens the token endpoint issued */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * Makes the next Bot Connector posts fail.
     *
     * @param count             how many
     * @param status            the HTTP status to answer (e.g. 429, 503)
     * @param retryAfterSeconds the {@code Retry-After} to send, or null for none
     */
    public synchronized void failNext(int count, int status, Long retryAfterSeconds) {
        failuresLeft = count;
        failureStatus = status;
        failureRetryAfterSeconds = retryAfterSeconds;
    }

    /** Forgets captured activities, rejected attempts and queued failures. */
    public synchronized void clear() {
        activities.clear();
        rejected.clear();
        failuresLeft = 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (method.equals("GET") && path.equals("/.well-known/openidconfiguration")) {
                respond(exchange, 200, JSONObjectUtils.toJSONString(Map.of("issuer", TestTokenSigner.ISSUER,
                        "jwks_uri", baseUrl() + "/keys", "id_token_signing_alg_values_supported", List.of("RS256"))));
            } else if (method.equals("GET") && path.equals("/keys")) {
                respond(exchange, 200, signer.publicJwks());
            } else if (method.equals("POST") && path.equals("/token")) {
                token(exchange, new String(body, StandardCharsets.UTF_8));
            } else if (method.equals("POST") && path.startsWith("/v3/conversations/")) {
                activity(exchange, path, new String(body, StandardCharsets.UTF_8));
            } else {
                respond(exchange, 404, "{\"error\":{\"code\":\"NotFound\"}}");
            }
        }
    }

    private void token(HttpExchange exchange, String form) throws IOException {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!"client_credentials".equals(fields.get("grant_type")) || fields.get("client_id") == null
                || fields.get("client_secret") == null) {
            respond(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        respond(exchange, 200, "{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"standin-token-"
                + tokensIssued.incrementAndGet() + "\"}");
    }

    private void activity(HttpExchange exchange, String rawPath, String body) throws IOException {
        String[] parts = rawPath.substring("/v3/conversations/".length()).split("/");
        if (parts.length < 2 || !parts[1].equals("activities") || parts.length > 3) {
            respond(exchange, 404, "{\"error\":{\"code\":\"NotFound\"}}");
            return;
        }
        String conversationId = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        String replyToId = parts.length == 3 ? URLDecoder.decode(parts[2], StandardCharsets.UTF_8) : null;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        Map<String, Object> activity;
        try {
            activity = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            respond(exchange, 400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"invalid JSON\"}}");
            return;
        }
        synchronized (this) {
            if (failuresLeft > 0) {
                failuresLeft--;
                rejected.add(Instant.now());
                if (failureRetryAfterSeconds != null) {
                    exchange.getResponseHeaders().add("Retry-After", String.valueOf(failureRetryAfterSeconds));
                }
                respond(exchange, failureStatus, "{\"error\":{\"code\":\"Throttled\"}}");
                return;
            }
            activities.add(new CapturedActivity(conversationId, replyToId, token, activity, Instant.now()));
        }
        respond(exchange, 200, "{\"id\":\"standin-" + ids.incrementAndGet() + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
