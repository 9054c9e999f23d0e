package org.switchboard.bench.slackapi;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A local stand-in for the <a href="https://api.slack.com/web">Slack Web API</a>, for tests and for the replay
 * tool: point the bot's Slack client at {@link #baseUrl()} (for the Java Slack SDK:
 * {@code SlackConfig.setMethodsEndpointUrlPrefix(baseUrl())}) and every message it posts is captured here
 * instead of reaching Slack.
 *
 * <p>Built on the JDK's {@link HttpServer}, bound to {@code 127.0.0.1} only, served by a small pool of daemon
 * threads. It answers {@code POST http://127.0.0.1:PORT/api/<method>}:
 * <ul>
 *   <li>{@code chat.postMessage} — body {@code application/x-www-form-urlencoded} (decoded with
 *       {@link java.net.URLDecoder}, UTF-8) or {@code application/json} (parsed with Gson); the token is read
 *       from {@code Authorization: Bearer <token>} (or, failing that, a form {@code token} field). On success
 *       the call is recorded as a {@link CapturedMessage} and answered, HTTP 200, {@code application/json}:
 *       <pre>{"ok":true,"channel":"C111","ts":"1700000000.000100","message":{"type":"message","text":...,
 *       "user":"U0BOT","bot_id":"B0BOT","team":"T111","ts":...,"thread_ts":...}}</pre>
 *       with a {@code ts} unique and increasing across the stand-in's life. Like Slack, it answers HTTP 200
 *       with {@code {"ok":false,"error":CODE}} and records nothing for {@code not_authed} (no token),
 *       {@code channel_not_found} (no channel), {@code no_text} (no {@code text}, {@code blocks} nor
 *       {@code attachments}), {@code invalid_form_data} / {@code invalid_json} (unreadable body).</li>
 *   <li>{@code chat.update} — needs a token, {@code channel} and {@code ts} ({@code not_authed},
 *       {@code channel_not_found}, {@code message_not_found} otherwise); recorded as a {@link CapturedCall} (see
 *       {@link #calls(String)}) and answered {@code {"ok":true,"channel":...,"ts":...,"text":...}}.</li>
 *   <li>{@code chat.postEphemeral} — needs a token, {@code channel} and {@code user} ({@code user_not_in_channel}
 *       without a user); recorded as a {@link CapturedCall} and answered {@code {"ok":true,"message_ts":...}}.</li>
 *   <li>{@code auth.test} — always
 *       {@code {"ok":true,"url":"https://standin.slack.com/","team":"Stand-in","user":"switchboard",
 *       "team_id":"T111","user_id":"U0BOT","bot_id":"B0BOT"}}.</li>
 *   <li>{@code conversations.replies} (thread {@code ts}) and {@code conversations.history} (top level) — the
 *       captured messages of {@code channel} from {@code oldest} on, in one page, each with its {@code metadata}
 *       when {@code include_all_metadata=true}; recorded as {@link CapturedCall}s.</li>
 *   <li>any other method — HTTP 200 {@code {"ok":false,"error":"unknown_method"}}.</li>
 *   <li>a method other than POST — HTTP 405 {@code {"ok":false,"error":"method_not_allowed"}}.</li>
 * </ul>
 *
 * <p>Fault injection ({@link #failNext}, {@link #delayNext}) applies to {@code chat.postMessage} calls only,
 * so that the bot's start-up {@code auth.test} is never disturbed.
 *
 * <p>Thread-safe. Never logs or prints tokens: {@link CapturedMessage#toString()} masks them too.
 *
 * <pre>{@code
 * try (SlackWebApiStandIn slack = SlackWebApiStandIn.start(0)) {
 *     startBotWith("SLACK_API_URL", slack.baseUrl());
 *     ...
 *     List<CapturedMessage> replies = slack.awaitMessages(1, Duration.ofSeconds(10));
 * }
 * }</pre>
 */
public final class SlackWebApiStandIn implements AutoCloseable {

    /** Team id the stand-in reports ({@code auth.test}, posted messages). */
    public static final String TEAM_ID = "T111";
    /** User id of the bot the stand-in reports ({@code auth.test}, posted messages). */
    public static final String BOT_USER_ID = "U0BOT";
    /** Bot id the stand-in reports ({@code auth.test}, posted messages). */
    public static final String BOT_ID = "B0BOT";

    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApiStandIn.class);
    private static final String API_PREFIX = "/api/";
    private static final int THREADS = 8;
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition messageArrived = lock.newCondition();
    /** Guarded by {@link #lock}. */
    private final List<CapturedMessage> messages = new ArrayList<>();
    /** Guarded by {@link #lock}. */
    private final List<CapturedCall> calls = new ArrayList<>();
    /** Guarded by {@link #lock}. */
    private final List<RejectedAttempt> rejected = new ArrayList<>();
    /** Guarded by {@link #lock}. */
    private final Deque<PendingFault> faults = new ArrayDeque<>();
    /** Guarded by {@link #lock}. */
    private final Deque<PendingDelay> delays = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final AtomicLong tsSequence = new AtomicLong();

    private SlackWebApiStandIn(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a stand-in listening on {@code 127.0.0.1:port}.
     *
     * @param port the TCP port, 0 to pick a free one (read it back with {@link #port()}); 0–65535
     * @return the running stand-in; close it with {@link #close()} (try-with-resources)
     * @throws IOException              if the port cannot be bound (e.g. already in use)
     * @throws IllegalArgumentException if the port is out of range
     */
    public static SlackWebApiStandIn start(int port) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        InetAddress loopback = InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 64);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        SlackWebApiStandIn standIn = new SlackWebApiStandIn(server, executor);
        server.createContext(API_PREFIX, standIn::handle);
        server.setExecutor(executor);
        server.start();
        LOG.debug("Slack Web API stand-in listening on {}", standIn.baseUrl());
        return standIn;
    }

    private static ThreadFactory daemonThreads() {
        int instance = INSTANCES.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "slack-standin-" + instance + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The port the stand-in listens on (the chosen one when started with 0).
     *
     * @return the bound TCP port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The Web API base URL to give the bot, with the trailing slash Slack clients expect.
     *
     * @return {@code http://127.0.0.1:PORT/api/}
     */
    public String baseUrl() {
        return "http://127.0.0.1:" + port() + API_PREFIX;
    }

    /**
     * Makes the next {@code count} {@code chat.postMessage} calls fail with HTTP {@code status}, without
     * recording them as delivered; each is listed in {@link #rejectedAttempts()} instead. The body is
     * {@code {"ok":false,"error":CODE}} with CODE {@code ratelimited} for 429, {@code service_unavailable} for
     * 503, {@code request_timeout} for 504 and {@code internal_error} otherwise. Calls queue up: a second call
     * takes effect once the first one's count is used up.
     *
     * @param count             how many calls to fail, at least 1
     * @param status            the HTTP status to answer, 400–599 (e.g. 429 or 503)
     * @param retryAfterSeconds the {@code Retry-After} header value in seconds, or null to send none
     * @throws IllegalArgumentException if count &lt; 1, status is not 400–599 or retryAfterSeconds is negative
     */
    public void failNext(int count, int status, Integer retryAfterSeconds) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be an HTTP error status 400..599, was " + status);
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfterSeconds must not be negative");
        }
        lock.lock();
        try {
            faults.addLast(new PendingFault(count, status, retryAfterSeconds));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds back the answers to the next {@code count} {@code chat.postMessage} calls by {@code delay}. The
     * message is captured (and {@link #awaitMessages} woken) as soon as it arrives; only the HTTP answer is
     * late, as when Slack is slow to respond — so a client that times out and retries produces a duplicate
     * here, as it would in Slack. The handler thread waits on a latch that {@link #close()} releases. Calls
     * queue up like {@link #failNext}.
     *
     * @param count how many calls to delay, at least 1
     * @param delay how long to hold each answer back; positive
     * @throws IllegalArgumentException if count &lt; 1 or delay is not positive
     */
    public void delayNext(int count, Duration delay) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative() || delay.isZero()) {
            throw new IllegalArgumentException("delay must be positive, was " + delay);
        }
        lock.lock();
        try {
            delays.addLast(new PendingDelay(count, delay));
        } finally {
            lock.unlock();
        }
    }

    /**
     * All messages captured so far, in arrival order.
     *
     * @return an unmodifiable snapshot
     */
    public List<CapturedMessage> messages() {
        lock.lock();
        try {
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The messages captured so far for one channel, in arrival order.
     *
     * @param channel a channel id such as {@code C111}
     * @return an unmodifiable snapshot, empty if none
     */
    public List<CapturedMessage> messagesFor(String channel) {
        return messages().stream().filter(m -> m.channel().equals(channel)).toList();
    }

    /**
     * The accepted calls of one method other than {@code chat.postMessage}, in arrival order.
     *
     * @param method {@code chat.update} or {@code chat.postEphemeral}
     * @return an unmodifiable snapshot, empty if none
     */
    public List<CapturedCall> calls(String method) {
        lock.lock();
        try {
            return calls.stream().filter(c -> c.method().equals(method)).toList();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The {@code chat.postMessage} calls answered with an injected failure (see {@link #failNext}), in arrival
     * order.
     *
     * @return an unmodifiable snapshot
     */
    public List<RejectedAttempt> rejectedAttempts() {
        lock.lock();
        try {
            return List.copyOf(rejected);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Cancels pending {@link #failNext} and {@link #delayNext} injections not yet consumed by a call; captured
     * messages, calls and rejected attempts are kept.
     */
    public void cancelInjections() {
        lock.lock();
        try {
            faults.clear();
            delays.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets every captured message, captured call and rejected attempt and cancels pending {@link #failNext} and
     * {@link #delayNext} injections. Message timestamps keep increasing across a clear.
     */
    public void clear() {
        lock.lock();
        try {
            messages.clear();
            calls.clear();
            rejected.clear();
            faults.clear();
            delays.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code n} messages have been captured (counted since start or the last
     * {@link #clear()}).
     *
     * @param n       how many messages to wait for; 0 returns at once
     * @param timeout the longest time to wait
     * @return a snapshot of all captured messages (size &ge; n), in arrival order
     * @throws TimeoutException     if fewer than {@code n} were captured within {@code timeout}; the message
     *                              says how many were
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public List<CapturedMessage> awaitMessages(int n, Duration timeout)
            throws TimeoutException, InterruptedException {
        Objects.requireNonNull(timeout, "timeout");
        long remaining = timeout.toNanos();
        lock.lock();
        try {
            while (messages.size() < n) {
                if (remaining <= 0) {
                    throw new TimeoutException("expected at least " + n + " chat.postMessage call(s) within "
                            + timeout + ", got " + messages.size());
                }
                remaining = messageArrived.awaitNanos(remaining);
            }
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Stops the server at once and releases any answer held back by {@link #delayNext}. Idempotent.
     */
    @Override
    public void close() {
        if (closed.getCount() == 0) {
            return;
        }
        closed.countDown();
        server.stop(0);
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------------------- handling

    private void handle(HttpExchange exchange) {
        try {
            Instant receivedAt = Instant.now();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestURI().getPath().substring(API_PREFIX.length());
            Answer answer;
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                answer = Answer.error(405, "method_not_allowed");
            } else {
                answer = switch (method) {
                    case "chat.postMessage" -> postMessage(exchange, body, receivedAt);
                    case "chat.update" -> otherCall(exchange, body, receivedAt, method, "ts", "message_not_found");
                    case "chat.postEphemeral" -> otherCall(exchange, body, receivedAt, method, "user",
                            "user_not_in_channel");
                    case "auth.test" -> authTest();
                    case "conversations.replies" -> readMessages(exchange, body, receivedAt, method, true);
                    case "conversations.history" -> readMessages(exchange, body, receivedAt, method, false);
                    default -> Answer.error(200, "unknown_method");
                };
            }
            send(exchange, answer);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Slack stand-in failed to answer {}: {}", exchange.getRequestURI().getPath(), e.toString());
            try {
                send(exchange, Answer.error(500, "internal_error"));
            } catch (IOException | RuntimeException ignored) {
                // the client is gone or the answer was already started; nothing more to do
            }
        } finally {
            exchange.close();
        }
    }

    private Answer postMessage(HttpExchange exchange, byte[] body, Instant receivedAt) {
        Map<String, String> params = null;
        String malformed = null;
        try {
            params = WebApiRequestBody.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (WebApiRequestBody.MalformedBodyException e) {
            malformed = e.getMessage();
        }
        String channel = params == null ? null : blankToNull(params.get("channel"));
        String threadTs = params == null ? null : blankToNull(params.get("thread_ts"));

        PendingFault fault;
        Duration delay;
        lock.lock();
        try {
            fault = take(faults);
            PendingDelay pendingDelay = take(delays);
            delay = pendingDelay == null ? null : pendingDelay.delay;
            if (fault != null) {
                rejected.add(new RejectedAttempt(channel, threadTs, fault.status, fault.retryAfterSeconds,
                        receivedAt));
            }
        } finally {
            lock.unlock();
        }

        Answer answer;
        if (fault != null) {
            answer = Answer.error(fault.status, fault.errorCode());
            if (fault.retryAfterSeconds != null) {
                answer = answer.withHeader("Retry-After", String.valueOf(fault.retryAfterSeconds));
            }
            LOG.debug("chat.postMessage to {} rejected with injected HTTP {}", channel, fault.status);
        } else if (malformed != null) {
            answer = Answer.error(200, malformed);
        } else {
            answer = deliver(exchange, params, channel, threadTs, receivedAt);
        }
        if (delay != null) {
            holdBack(delay);
        }
        return answer;
    }

    private Answer deliver(HttpExchange exchange, Map<String, String> params, String channel, String threadTs,
                           Instant receivedAt) {
        String token = WebApiRequestBody.bearerToken(exchange.getRequestHeaders().getFirst("Authorization"));
        if (token == null) {
            token = blankToNull(params.get("token"));
        }
        if (token == null) {
            return Answer.error(200, "not_authed");
        }
        if (channel == null) {
            return Answer.error(200, "channel_not_found");
        }
        String text = params.get("text");
        if (blankToNull(text) == null && blankToNull(params.get("blocks")) == null
                && blankToNull(params.get("attachments")) == null) {
            return Answer.error(200, "no_text");
        }
        String ts = nextTs();
        CapturedMessage captured = new CapturedMessage(channel, threadTs, text == null ? "" : text, token,
                receivedAt, params, ts);
        lock.lock();
        try {
            messages.add(captured);
            messageArrived.signalAll();
        } finally {
            lock.unlock();
        }
        LOG.debug("chat.postMessage captured: channel={} thread_ts={} ts={} ({} chars)", channel, threadTs, ts,
                captured.text().length());

        JsonObject message = new JsonObject();
        message.addProperty("type", "message");
        message.addProperty("text", captured.text());
        message.addProperty("user", BOT_USER_ID);
        message.addProperty("bot_id", BOT_ID);
        message.addProperty("team", TEAM_ID);
        message.addProperty("ts", ts);
        if (threadTs != null) {
            message.addProperty("thread_ts", threadTs);
        }
        addJsonIfPresent(message, "blocks", params.get("blocks"));
        JsonObject response = new JsonObject();
        response.addProperty("ok", true);
        response.addProperty("channel", channel);
        response.addProperty("ts", ts);
        response.add("message", message);
        return new Answer(200, response.toString(), Map.of());
    }

    /** chat.update and chat.postEphemeral: validated like Slack does, recorded, answered with a fresh ts. */
    private Answer otherCall(HttpExchange exchange, byte[] body, Instant receivedAt, String method,
                             String requiredParam, String missingError) {
        CheckedCall checked = check(exchange, body, requiredParam, missingError);
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Map<String, String> params = checked.params();
        lock.lock();
        try {
            calls.add(new CapturedCall(method, params, receivedAt));
        } finally {
            lock.unlock();
        }
        LOG.debug("{} captured: channel={}", method, params.get("channel"));
        JsonObject response = new JsonObject();
        response.addProperty("ok", true);
        response.addProperty("channel", params.get("channel"));
        if ("chat.update".equals(method)) {
            response.addProperty("ts", params.get("ts"));
            response.addProperty("text", params.getOrDefault("text", ""));
        } else {
            response.addProperty("message_ts", nextTs());
        }
        return new Answer(200, response.toString(), Map.of());
    }

    /**
     * {@code conversations.replies} (messages of the thread {@code ts}) and {@code conversations.history} (top-level
     * messages) over the captured messages of {@code channel}, from {@code oldest} on, with each message's
     * {@code metadata} when {@code include_all_metadata=true}; one page, no cursor.
     */
    private Answer readMessages(HttpExchange exchange, byte[] body, Instant receivedAt, String method, boolean thread) {
        CheckedCall checked = check(exchange, body, thread ? "ts" : null, "thread_not_found");
        if (checked.refusal() != null) {
            return checked.refusal();
        }
        Map<String, String> params = checked.params();
        String channel = params.get("channel");
        String threadTs = blankToNull(params.get("ts"));
        java.math.BigDecimal oldest = blankToNull(params.get("oldest")) == null ? java.math.BigDecimal.ZERO
                : new java.math.BigDecimal(params.get("oldest"));
        String includeMetadata = params.get("include_all_metadata");
        boolean withMetadata = "true".equals(includeMetadata) || "1".equals(includeMetadata);
        com.google.gson.JsonArray found = new com.google.gson.JsonArray();
        lock.lock();
        try {
            calls.add(new CapturedCall(method, params, receivedAt));
            for (CapturedMessage m : messages) {
                boolean inScope = thread ? threadTs.equals(m.threadTs()) : m.threadTs() == null;
                if (m.channel().equals(channel) && inScope && new java.math.BigDecimal(m.ts()).compareTo(oldest) >= 0) {
                    JsonObject message = new JsonObject();
                    message.addProperty("type", "message");
                    message.addProperty("text", m.text());
                    message.addProperty("user", BOT_USER_ID);
                    message.addProperty("bot_id", BOT_ID);
                    message.addProperty("ts", m.ts());
                    if (m.threadTs() != null) {
                        message.addProperty("thread_ts", m.threadTs());
                    }
                    if (withMetadata) {
                        addJsonIfPresent(message, "metadata", m.params().get("metadata"));
                    }
                    found.add(message);
                }
            }
        } finally {
            lock.unlock();
        }
        JsonObject response = new JsonObject();
        response.addProperty("ok", true);
        response.add("messages", found);
        response.addProperty("has_more", false);
        JsonObject metadata = new JsonObject();
        metadata.addProperty("next_cursor", "");
        response.add("response_metadata", metadata);
        return new Answer(200, response.toString(), Map.of());
    }

    /** A Web API call's parameters, or the answer Slack would give to refuse it. */
    private record CheckedCall(Map<String, String> params, Answer refusal) {
    }

    /**
     * Validates a call like Slack does: a readable body, a token, a {@code channel}, and the method's own required
     * parameter.
     *
     * @param requiredParam the method's required parameter besides {@code channel}, or null
     * @param missingError  the error code when it is missing
     */
    private static CheckedCall check(HttpExchange exchange, byte[] body, String requiredParam, String missingError) {
        Map<String, String> params;
        try {
            params = WebApiRequestBody.parse(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        } catch (WebApiRequestBody.MalformedBodyException e) {
            return new CheckedCall(null, Answer.error(200, e.getMessage()));
        }
        if (!authorized(exchange, params)) {
            return new CheckedCall(null, Answer.error(200, "not_authed"));
        }
        if (blankToNull(params.get("channel")) == null) {
            return new CheckedCall(null, Answer.error(200, "channel_not_found"));
        }
        if (requiredParam != null && blankToNull(params.get(requiredParam)) == null) {
            return new CheckedCall(null, Answer.error(200, missingError));
        }
        return new CheckedCall(params, null);
    }

    /** @return whether the call carries a token ({@code Authorization: Bearer} or a {@code token} parameter) */
    private static boolean authorized(HttpExchange exchange, Map<String, String> params) {
        return WebApiRequestBody.bearerToken(exchange.getRequestHeaders().getFirst("Authorization")) != null
                || blankToNull(params.get("token")) != null;
    }

    private static Answer authTest() {
        JsonObject response = new JsonObject();
        response.addProperty("ok", true);
        response.addProperty("url", "https://standin.slack.com/");
        response.addProperty("team", "Stand-in");
        response.addProperty("user", "switchboard");
        response.addProperty("team_id", TEAM_ID);
        response.addProperty("user_id", BOT_USER_ID);
        response.addProperty("bot_id", BOT_ID);
        return new Answer(200, response.toString(), Map.of());
    }

    private static void addJsonIfPresent(JsonObject target, String name, String json) {
        if (blankToNull(json) == null) {
            return;
        }
        try {
            target.add(name, JsonParser.parseString(json));
        } catch (JsonParseException e) {
            target.addProperty(name, json);
        }
    }

    /** Waits in the handler thread; {@link #close()} cuts the wait short. */
    private void holdBack(Duration delay) {
        try {
            closed.await(delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code <epoch seconds at start>.<6 digits>}, stepping by 100 µs so it reads like a Slack ts. */
    /** Like Slack's: the posting time in microseconds since the epoch, unique and increasing. */
    private String nextTs() {
        Instant now = Instant.now();
        long nowMicros = now.getEpochSecond() * 1_000_000 + now.getNano() / 1_000;
        long micros = tsSequence.updateAndGet(last -> Math.max(last + 1, nowMicros));
        return String.format(java.util.Locale.ROOT, "%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] bytes = answer.json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        answer.headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(answer.status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** Takes one use from the head of a queue of counted injections; null when none is pending. */
    private static <T extends Counted> T take(Deque<T> queue) {
        T head = queue.peekFirst();
        if (head == null) {
            return null;
        }
        if (--head.remaining == 0) {
            queue.pollFirst();
        }
        return head;
    }

    private abstract static class Counted {
        int remaining;

        Counted(int count) {
            this.remaining = count;
        }
    }

    private static final class PendingFault extends Counted {
        final int status;
        final Integer retryAfterSeconds;

        PendingFault(int count, int status, Integer retryAfterSeconds) {
            super(count);
            this.status = status;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        String errorCode() {
            return switch (status) {
                case 429 -> "ratelimited";
                case 503 -> "service_unavailable";
                case 504 -> "request_timeout";
                default -> "internal_error";
            };
        }
    }

    private static final class PendingDelay extends Counted {
        final Duration delay;

        PendingDelay(int count, Duration delay) {
            super(count);
            this.delay = delay;
        }
    }

    private record Answer(int status, String json, Map<String, String> headers) {
        static Answer error(int status, String code) {
            JsonObject body = new JsonObject();
            body.addProperty("ok", false);
            body.addProperty("error", code);
            return new Answer(status, body.toString(), Map.of());
        }

        Answer withHeader(String name, String value) {
            return new Answer(status, json, Map.of(name, value));
        }
    }
}
