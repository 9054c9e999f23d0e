package org.switchboard.bench.teamsreplay;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.switchboard.bench.outcome.BotOutcome;
import org.switchboard.bench.outcome.ReplayOutcomes;
import org.switchboard.bench.outcome.TextCut;
import org.switchboard.bench.teamsapi.BotFrameworkStandIn;
import org.switchboard.bench.teamsapi.CapturedActivity;
import org.switchboard.bench.teamsapi.TestTokenSigner;

/**
 * {@code mvn -q -pl bench compile exec:java -Dexec.mainClass=org.switchboard.bench.teamsreplay.TeamsReplay
 * -Dexec.args="test-fixtures/teams/customer-messages"}: starts the Bot Framework stand-in (OpenID metadata and JWKS
 * of a fresh test key, token endpoint, Bot Connector), prints the settings the bot needs, waits until the bot's
 * {@code /health/ready} is UP, then posts every activity file (files or folders, walked recursively, sorted) to
 * {@code /api/messages} with a fresh {@code id}, the stand-in as {@code serviceUrl} and a JWT signed by the test key,
 * and prints each activity with the reply the bot posted to it (matched on {@code replyToId}), then
 * {@code replayed N activities: A answered, M without reply, R refused, E errors}.
 *
 * <p>The bot keeps verifying tokens (it trusts only the stand-in's key). Options: {@code --url=}
 * ({@code http://localhost:9080}), {@code --standin-port=} (9940), {@code --app-id=} ({@code local-teams-app}),
 * {@code --timeout-seconds=} (60: wait for replies after the last post; also the wait for readiness), {@code --full}
 * (print whole replies and reasons instead of their first 200 characters), {@code --admin-user=} /
 * {@code --admin-password=} (the bot's {@code ADMIN_USER} and {@code ADMIN_PASSWORD}, read from the environment when
 * not given: with them the replay reads what the bot did with each activity from {@code /api/admin/inbox}, explains
 * each activity without a reply and prints one line per outcome: answered, escalated with ticket, declined, suppressed
 * with the reason). Exit code 0 when every posted message activity got exactly one reply, 1 otherwise, 2 on usage
 * errors.
 */
public final class TeamsReplay {

    /** How long without a new reply ends the wait once replies have started to arrive. */
    static final Duration QUIET = Duration.ofSeconds(15);

    private TeamsReplay() {
    }

    /**
     * @param args files or folders of activity JSON files, and options
     */
    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.out));
    }

    static int run(String[] args, PrintStream out) {
        return run(args, Map.of(), out);
    }

    static int run(String[] args, Map<String, String> env, PrintStream out) {
        String url = "http://localhost:9080";
        int port = 9940;
        String appId = "local-teams-app";
        Duration timeout = Duration.ofSeconds(60);
        boolean full = false;
        String adminUser = null;
        String adminPassword = null;
        List<Path> inputs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--url=")) {
                url = arg.substring(6);
            } else if (arg.startsWith("--standin-port=")) {
                port = Integer.parseInt(arg.substring(15));
            } else if (arg.startsWith("--app-id=")) {
                appId = arg.substring(9);
            } else if (arg.startsWith("--timeout-seconds=")) {
                timeout = Duration.ofSeconds(Long.parseLong(arg.substring(18)));
            } else if (arg.equals("--full")) {
                full = true;
            } else if (arg.startsWith("--admin-user=")) {
                adminUser = arg.substring(13);
            } else if (arg.startsWith("--admin-password=")) {
                adminPassword = arg.substring(17);
            } else if (arg.startsWith("--")) {
                out.println("unknown option " + arg);
                return 2;
            } else {
                inputs.add(Path.of(arg).toAbsolutePath());
            }
        }
        if (inputs.isEmpty()) {
            out.println("usage: TeamsReplay [--url=http://localhost:9080] [--standin-port=9940] [--app-id=local-teams-app]"
                    + " [--timeout-seconds=60] [--full] [--admin-user=admin] [--admin-password=...] FILE_OR_FOLDER...");
            return 2;
        }
        try (BotFrameworkStandIn standIn = BotFrameworkStandIn.start(port, TestTokenSigner.generate("replay-" + UUID.randomUUID()))) {
            out.println("Bot Framework stand-in up. Start the bot with:");
            out.println("  MICROSOFT_APP_ID=" + appId + " MICROSOFT_APP_PASSWORD=local-password"
                    + " MICROSOFT_OPENID_METADATA_URL=" + standIn.openIdMetadataUrl()
                    + " MICROSOFT_TOKEN_URL=" + standIn.tokenUrl()
                    + " TEAMS_SERVICE_URL_ALLOWLIST=" + standIn.baseUrl());
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            if (!awaitReady(http, url, timeout, out)) {
                out.println("the bot at " + url + " did not become ready within " + timeout.toSeconds() + " s");
                return 1;
            }
            ReplayOutcomes outcomes = ReplayOutcomes.start(URI.create(url.replaceAll("/+$", "")), adminUser,
                    adminPassword, env, "TEAMS");
            return replay(http, url, appId, standIn, files(inputs), timeout, outcomes, full, out);
        } catch (IOException e) {
            out.println("cannot start: " + e.getMessage());
            return 2;
        }
    }

    static int replay(HttpClient http, String url, String appId, BotFrameworkStandIn standIn, List<Path> files,
                      Duration timeout, PrintStream out) {
        return replay(http, url, appId, standIn, files, timeout, null, false, out);
    }

    /**
     * @param outcomes where the bot's outcomes are read, or null for none
     * @param full     whether to print whole replies and reasons
     */
    static int replay(HttpClient http, String url, String appId, BotFrameworkStandIn standIn, List<Path> files,
                      Duration timeout, ReplayOutcomes outcomes, boolean full, PrintStream out) {
        Map<String, Path> messages = new LinkedHashMap<>();
        int refused = 0;
        int errors = 0;
        for (Path file : files) {
            try {
                Map<String, Object> activity = JSONObjectUtils.parse(Files.readString(file, StandardCharsets.UTF_8));
                String id = "replay-" + UUID.randomUUID();
                activity.put("id", id);
                activity.put("serviceUrl", standIn.baseUrl());
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/messages"))
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/json")
                                .header("Authorization", "Bearer " + standIn.signer().sign(appId, standIn.baseUrl()))
                                .POST(HttpRequest.BodyPublishers.ofString(JSONObjectUtils.toJSONString(activity))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 401) {
                    refused++;
                    out.println(file.getFileName() + ": REFUSED (401) — is the bot using the settings printed above?");
                } else if ("message".equals(activity.get("type")) && response.statusCode() == 200) {
                    messages.put(id, file);
                } else {
                    out.println(file.getFileName() + ": HTTP " + response.statusCode() + " (" + activity.get("type") + ")");
                }
            } catch (IOException | ParseException | RuntimeException e) {
                errors++;
                out.println(file.getFileName() + ": ERROR " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        Map<String, List<CapturedActivity>> replies = awaitReplies(standIn, messages.keySet(), timeout);
        Optional<Map<String, BotOutcome>> known = Optional.empty();
        if (outcomes != null) {
            try {
                known = outcomes.read();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        Map<String, BotOutcome> byId = known.orElse(Map.of());
        int answered = 0;
        boolean exact = true;
        for (Map.Entry<String, Path> e : messages.entrySet()) {
            List<CapturedActivity> got = replies.getOrDefault(e.getKey(), List.of());
            if (!got.isEmpty()) {
                answered++;
            }
            exact &= got.size() == 1;
            BotOutcome outcome = byId.get(e.getKey());
            out.println(e.getValue().getFileName() + " -> " + (got.isEmpty() ? "no reply"
                    : got.size() + " repl" + (got.size() == 1 ? "y" : "ies") + ": " + shorten(got.get(0).text(), full))
                    + (outcome == null ? "" : " [" + outcome.describe(full) + "]"));
        }
        if (outcomes != null) {
            outcomes.printSummary(known, "replies queued for a later retry", out);
        }
        out.println("replayed " + files.size() + " activities: " + answered + " answered, "
                + (messages.size() - answered) + " without reply, " + refused + " refused, " + errors + " errors");
        return exact && refused == 0 && errors == 0 ? 0 : 1;
    }

    private static boolean awaitReady(HttpClient http, String url, Duration timeout, PrintStream out) {
        long deadline = System.nanoTime() + timeout.toNanos();
        out.println("waiting for " + url + "/health/ready ...");
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url + "/health/ready")).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
        }
        return false;
    }

    /** Waits until every message has a reply, the timeout passes, or no new reply came for {@link #QUIET}. */
    private static Map<String, List<CapturedActivity>> awaitReplies(BotFrameworkStandIn standIn,
                                                                    java.util.Set<String> ids, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastNews = System.nanoTime();
        int seen = -1;
        boolean finishing = false;
        while (true) {
            Map<String, List<CapturedActivity>> replies = new LinkedHashMap<>();
            for (CapturedActivity a : standIn.activities()) {
                if (a.replyToId() != null && ids.contains(a.replyToId())) {
                    replies.computeIfAbsent(a.replyToId(), k -> new ArrayList<>()).add(a);
                }
            }
            if (finishing) {
                return replies;
            }
            int count = replies.values().stream().mapToInt(List::size).sum();
            if (count != seen) {
                seen = count;
                lastNews = System.nanoTime();
            }
            if (replies.size() >= ids.size() || System.nanoTime() > deadline
                    || System.nanoTime() - lastNews > QUIET.toNanos()) {
                // one more look after a quiet second, so that a duplicate reply shows
                finishing = true;
                LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
            } else {
                LockSupport.parkNanos(Duration.ofMillis(300).toNanos());
            }
        }
    }

    private static String shorten(String text, boolean full) {
        return text == null ? "(no text)" : TextCut.cut(text, full ? -1 : TextCut.DEFAULT_LIMIT);
    }

    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
