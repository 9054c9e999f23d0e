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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.bench.load.FaultStorm;

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
 *       {@code {"id":"standin-N"}}, unless a fault is injected.</li>
 * </ul>
 *
 * <p>Fault injection applies to Bot Connector posts only, so that the OpenID metadata, the keys and the token
 * endpoint always answer at once: {@link #failNext} and {@link #delayNext} queue faults for the next posts,
 * {@link #startStorm} hits a share of all posts from then on, {@link #cancelInjections} stops both. A failed post is
 * not captured (it is listed in {@link #rejectedAttempts()}); a delayed post is captured when it arrives, as a real
 * Bot Connector would have delivered it, and only its answer comes late, from a scheduler of its own: a held-back
 * answer occupies no request thread, so the other endpoints are never starved by a slow-answer storm.
 *
 * <p>Thread-safe. Never prints tokens.
 */
public final class BotFrameworkStandIn implements AutoCloseable {

    private static final int THREADS = 4;
    private static final String CONVERSATIONS = "/v3/conversations/";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ScheduledExecutorService lateAnswers;
    private final TestTokenSigner signer;
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    /** Guarded by {@code this}. */
    private final List<CapturedActivity> activities = new ArrayList<>();
    /** Guarded by {@code this}. */
    private final List<Instant> rejected = new ArrayList<>();
    /** Guarded by {@code this}. */
    private final Deque<QueuedFault> faults = new ArrayDeque<>();
    /** Guarded by {@code this}. */
    private final Deque<QueuedDelay> delays = new ArrayDeque<>();
    /** Guarded by {@code this}: the running storm, or null. */
    private FaultStorm storm;
    /** Guarded by {@code this}: Bot Connector posts seen since the storm started. */
    private long stormPosts;
    /** Guarded by {@code this}. */
    private int heldBack;

    private BotFrameworkStandIn(HttpServer server, ExecutorService executor, ScheduledExecutorService lateAnswers,
                                TestTokenSigner signer) {
        this.server = server;
        this.executor = executor;
        this.lateAnswers = lateAnswers;
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
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, r -> daemon(r, "bot-framework-stand-in"));
        ScheduledExecutorService lateAnswers = Executors.newSingleThreadScheduledExecutor(
                r -> daemon(r, "bot-framework-stand-in-late-answers"));
        BotFrameworkStandIn standIn = new BotFrameworkStandIn(server, executor, lateAnswers, signer);
        server.createContext("/", standIn::handle);
        server.setExecutor(executor);
        server.start();
        return standIn;
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread t = new Thread(runnable, name);
        t.setDaemon(true);
        return t;
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

    /** @return when each post answered with an injected failure ({@link #failNext}, {@link #startStorm}) arrived, oldest first */
    public synchronized List<Instant> rejectedAttempts() {
        return List.copyOf(rejected);
    }

    /**
     * @return how many posts were captured but answered late ({@link #delayNext}, a slow {@link #startStorm}), since
     *         start or the last {@link #clear()}
     */
    public synchronized int heldBackAnswers() {
        return heldBack;
    }

    /** @return how many tokens the token endpoint issued */
    public int tokensIssued() {
        return tokensIssued.get();
    }

    /**
     * Makes the next Bot Connector posts fail: they are answered with {@code status} and a
     * {@code {"error":{"code":"Throttled"}}} body, not captured, and listed in {@link #rejectedAttempts()}. Calls queue
     * up: a second call takes effect once the first one's count is used up. Queued failures come before a running
     * {@link #startStorm storm}.
     *
     * @param count             how many posts, at least 1
     * @param status            the HTTP status to answer, 400-599 (e.g. 429, 503)
     * @param retryAfterSeconds the {@code Retry-After} to send in seconds, or null for none
     * @throws IllegalArgumentException if count &lt; 1, status is not 400-599 or retryAfterSeconds is negative
     */
    public synchronized void failNext(int count, int status, Long retryAfterSeconds) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        checkStatus(status, retryAfterSeconds);
        faults.addLast(new QueuedFault(count, status, retryAfterSeconds));
    }

    /**
     * Holds back the answers to the next Bot Connector posts: each is captured as soon as it arrives (a real Bot
     * Connector has delivered it) and answered 200 only after {@code delay}, as when the Bot Connector is slow. A
     * client that gives up earlier does not know whether its post arrived, and a repeat is captured again. Calls queue
     * up like {@link #failNext}, and come before a running {@link #startStorm storm}.
     *
     * @param count how many posts, at least 1
     * @param delay how long to hold each answer back; positive
     * @throws IllegalArgumentException if count &lt; 1 or delay is not positive
     */
    public synchronized void delayNext(int count, Duration delay) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        checkDelay(delay);
        delays.addLast(new QueuedDelay(count, delay));
    }

    /**
     * Starts a storm that replaces any running one: from now on, {@code storm.percent()} % of the Bot Connector posts,
     * spread evenly (every post that brings the share owed to a whole number), are answered with
     * {@code storm.status()} (and {@code Retry-After: storm.retryAfter()} when set) like {@link #failNext}, or, for a
     * slow storm ({@code storm.delay()} set), captured and answered late like {@link #delayNext}. It runs until
     * {@link #cancelInjections()} or {@link #clear()}.
     *
     * @param storm the storm, e.g. {@code FaultStorm.parse("503:30")}, {@code "429:30:1"} or {@code "slow:20:3000"}
     * @throws IllegalArgumentException if its percent is not 1-100, or it has neither a positive delay nor an HTTP
     *                                  error status 400-599
     */
    public synchronized void startStorm(FaultStorm storm) {
        Objects.requireNonNull(storm, "storm");
        if (storm.percent() < 1 || storm.percent() > 100) {
            throw new IllegalArgumentException("percent must be 1..100, was " + storm.percent());
        }
        if (storm.delay() != null) {
            checkDelay(storm.delay());
        } else {
            checkStatus(storm.status(), storm.retryAfter() == null ? null : storm.retryAfter().longValue());
        }
        this.storm = storm;
        stormPosts = 0;
    }

    /**
     * Stops the running storm and cancels queued {@link #failNext} and {@link #delayNext} faults not yet used;
     * captured activities, rejected attempts and answers already held back are kept (those still go out late).
     */
    public synchronized void cancelInjections() {
        faults.clear();
        delays.clear();
        storm = null;
    }

    /** Forgets captured activities, rejected attempts and the held-back count, and cancels every injection. */
    public synchronized void clear() {
        activities.clear();
        rejected.clear();
        heldBack = 0;
        cancelInjections();
    }

    private static void checkStatus(int status, Long retryAfterSeconds) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status 400..599, was " + status);
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
    }

    private static void checkDelay(Duration delay) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
    }

    private void handle(HttpExchange exchange) {
        Answer answer;
        try {
            answer = answer(exchange);
        } catch (IOException | RuntimeException e) {
            answer = new Answer(500, "{\"error\":{\"code\":\"InternalError\"}}", null, null);
        }
        if (answer.delay() == null) {
            send(exchange, answer);
            return;
        }
        Answer late = answer;
        try {
            lateAnswers.schedule(() -> send(exchange, late), answer.delay().toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            exchange.close();
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (method.equals("GET") && path.equals("/.well-known/openidconfiguration")) {
            return Answer.ok(JSONObjectUtils.toJSONString(Map.of("issuer", TestTokenSigner.ISSUER,
                    "jwks_uri", baseUrl() + "/keys", "id_token_signing_alg_values_supported", List.of("RS256"))));
        } else if (method.equals("GET") && path.equals("/keys")) {
            return Answer.ok(signer.publicJwks());
        } else if (method.equals("POST") && path.equals("/token")) {
            return token(body);
        } else if (method.equals("POST") && path.startsWith(CONVERSATIONS)) {
            return activity(exchange, path, body);
        }
        return Answer.error(404, "NotFound");
    }

    private Answer token(String form) {
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
            return new Answer(401, "{\"error\":\"invalid_client\"}", null, null);
        }
        return Answer.ok("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"standin-token-"
                + tokensIssued.incrementAndGet() + "\"}");
    }

    private Answer activity(HttpExchange exchange, String rawPath, String body) {
        String[] parts = rawPath.substring(CONVERSATIONS.length()).split("/");
        if (parts.length < 2 || !parts[1].equals("activities") || parts.length > 3) {
            return Answer.error(404, "NotFound");
        }
        String conversationId = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
        String replyToId = parts.length == 3 ? URLDecoder.decode(parts[2], StandardCharsets.UTF_8) : null;
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        Map<String, Object> activity;
        try {
            activity = JSONObjectUtils.parse(body);
        } catch (ParseException e) {
            return new Answer(400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"invalid JSON\"}}", null, null);
        }
        synchronized (this) {
            Injection injection = nextInjection();
            Answer answer;
            if (injection.status() != 0) {
                rejected.add(Instant.now());
                answer = new Answer(injection.status(), "{\"error\":{\"code\":\"Throttled\"}}",
                        injection.retryAfterSeconds(), injection.delay());
            } else {
                activities.add(new CapturedActivity(conversationId, replyToId, token, activity, Instant.now()));
                answer = new Answer(200, "{\"id\":\"standin-" + ids.incrementAndGet() + "\"}", null, injection.delay());
            }
            if (answer.delay() != null) {
                heldBack++;
            }
            return answer;
        }
    }

    /** Takes what hits this post: queued faults first, then the storm's share. Called holding {@code this}. */
    private Injection nextInjection() {
        QueuedFault fault = take(faults);
        QueuedDelay delay = take(delays);
        int status = fault == null ? 0 : fault.status;
        Long retryAfter = fault == null ? null : fault.retryAfterSeconds;
        Duration late = delay == null ? null : delay.delay;
        if (storm != null) {
            stormPosts++;
            boolean hit = stormPosts * storm.percent() / 100 > (stormPosts - 1) * storm.percent() / 100;
            if (hit && storm.delay() != null && late == null) {
                late = storm.delay();
            } else if (hit && storm.delay() == null && status == 0) {
                status = storm.status();
                retryAfter = storm.retryAfter() == null ? null : storm.retryAfter().longValue();
            }
        }
        return new Injection(status, retryAfter, late);
    }

    private static <T extends Counted> T take(Deque<T> queue) {
        T head = queue.peekFirst();
        if (head != null && --head.remaining == 0) {
            queue.pollFirst();
        }
        return head;
    }

    private static void send(HttpExchange exchange, Answer answer) {
        try (exchange) {
            byte[] bytes = answer.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            if (answer.retryAfterSeconds() != null) {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(answer.retryAfterSeconds()));
            }
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException | RuntimeException e) {
            // the client is gone (e.g. it gave up on a held-back answer); nothing more to do
        }
    }

    /** Stops the server at once; answers still held back are not sent. Idempotent. */
    @Override
    public void close() {
        lateAnswers.shutdownNow();
        server.stop(0);
        executor.shutdownNow();
    }

    /** What hits one post: an HTTP error status (0 for none) with its Retry-After, and a delay (or null). */
    private record Injection(int status, Long retryAfterSeconds, Duration delay) {
    }

    /** One answer: status, JSON body, {@code Retry-After} seconds (or null), how long to hold it back (or null). */
    private record Answer(int status, String json, Long retryAfterSeconds, Duration delay) {
        static Answer ok(String json) {
            return new Answer(200, json, null, null);
        }

        static Answer error(int status, String code) {
            return new Answer(status, "{\"error\":{\"code\":\"" + code + "\"}}", null, null);
        }
    }

    private abstract static class Counted {
        int remaining;

        Counted(int count) {
            this.remaining = count;
        }
    }

    private static final class QueuedFault extends Counted {
        final int status;
        final Long retryAfterSeconds;

        QueuedFault(int count, int status, Long retryAfterSeconds) {
            super(count);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    private static final class QueuedDelay extends Counted {
        final Duration delay;

        QueuedDelay(int count, Duration delay) {
            super(count);
            this.delay = delay;
        }
    }
}
