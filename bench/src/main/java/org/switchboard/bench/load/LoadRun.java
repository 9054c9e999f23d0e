package org.switchboard.bench.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.switchboard.bench.replay.EventIdGenerator;
import org.switchboard.bench.replay.EventPoster;
import org.switchboard.bench.replay.SlackPayload;
import org.switchboard.bench.slackapi.CapturedMessage;
import org.switchboard.bench.slackapi.SlackRequestSigner;
import org.switchboard.bench.slackapi.SlackWebApiStandIn;

/**
 * Posts {@code messages} signed payloads open loop at {@code rate} per second (at most {@code concurrency} in
 * flight: beyond that the sender waits, and the offered rate shows it), each moved to a channel of its own so that
 * every message is one conversation and its reply can be told apart; then waits up to {@code drainSeconds} for the
 * replies the stand-in captures. With {@code retrySeconds} a post that got no answer or any status but 2xx is repeated
 * every 500 ms (same event_id, as Slack retries a delivery that failed: a 404 from a server still starting, a 5xx,
 * a refused connection) until it is acknowledged or the time is up. With more than one server URL the messages
 * are spread round-robin over them.
 */
public final class LoadRun {

    private final LoadOptions options;
    private final List<SlackPayload> templates;

    /**
     * @param options   the run's settings
     * @param templates the payloads to cycle through (message or app_mention event callbacks)
     */
    public LoadRun(LoadOptions options, List<SlackPayload> templates) {
        this.options = options;
        this.templates = List.copyOf(templates);
    }

    /**
     * @param standIn the Slack Web API stand-in the bot posts its replies to
     * @return what was observed
     * @throws InterruptedException if interrupted
     */
    public LoadResult run(SlackWebApiStandIn standIn) throws InterruptedException {
        int n = options.messages();
        Instant[] sentAt = new Instant[n];
        double[] ackMillis = new double[n];
        Arrays.fill(ackMillis, Double.NaN);
        int[] status = new int[n];
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36).toUpperCase();
        String[] channels = new String[n];
        List<EventPoster> posters = new ArrayList<>();
        for (URI url : concat(options.url(), options.alsoUrls())) {
            posters.add(new EventPoster(url, new SlackRequestSigner(options.secret()), Duration.ofSeconds(30)));
        }
        EventIdGenerator ids = new EventIdGenerator();
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        Semaphore inFlight = new Semaphore(options.concurrency());
        long interval = (long) (1e9 / options.rate());
        ScheduledExecutorService storm = startStorm(standIn);
        long start = System.nanoTime();
        Instant firstSent = Instant.now();
        for (int i = 0; i < n; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            channels[i] = "CL" + runId + "X" + i;
            String body = templates.get(i % templates.size()).withEventId(ids.next()).withChannel(channels[i]).body();
            inFlight.acquire();
            pool.execute(() -> {
                try {
                    sentAt[index] = Instant.now();
                    long retryUntil = System.nanoTime() + Duration.ofSeconds(options.retrySeconds()).toNanos();
                    int attempt = 0;
                    do {
                        // a retry goes to the next server, as a load balancer would route around a dead one
                        EventPoster poster = posters.get((index + attempt++) % posters.size());
                        long t = System.nanoTime();
                        status[index] = postOnce(poster, body);
                        ackMillis[index] = (System.nanoTime() - t) / 1e6;
                        if (status[index] >= 200 && status[index] < 300) {
                            break; // like Slack, any other answer (or none) is a failed delivery, retried
                        }
                        LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                    } while (System.nanoTime() < retryUntil);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.release();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(options.retrySeconds() + 60L, TimeUnit.SECONDS); // retries of the last posts
        if (storm != null) {
            storm.shutdownNow();
            standIn.cancelInjections(); // the storm ends with the sending: faults not yet consumed are not left behind
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < n; i++) {
            indexOf.put(channels[i], i);
        }
        long expected = Arrays.stream(status).filter(s -> s >= 200 && s < 300).count();
        long deadline = System.nanoTime() + Duration.ofSeconds(options.drainSeconds()).toNanos();
        Map<Integer, List<CapturedMessage>> replies = collect(standIn, indexOf);
        while (replies.size() < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
            replies = collect(standIn, indexOf);
        }
        LockSupport.parkNanos(Duration.ofSeconds(2).toNanos()); // late duplicates would show up here
        return new LoadResult(sentAt, ackMillis, status, collect(standIn, indexOf), firstSent);
    }

    /**
     * Every 200 ms while sending, arms the stand-in with the storm's share of the {@code chat.postMessage} calls it
     * saw in the last tick (so the share stays near the storm's percent whatever rate the bot reaches).
     */
    private ScheduledExecutorService startStorm(SlackWebApiStandIn standIn) {
        if (options.storm() == null) {
            return null;
        }
        // calls from before this run (an earlier run on the same stand-in) owe no faults
        long[] seen = {standIn.messages().size() + standIn.rejectedAttempts().size()};
        double[] owed = {0};
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        ticks.scheduleAtFixedRate(() -> {
            long calls = standIn.messages().size() + standIn.rejectedAttempts().size();
            owed[0] = options.storm().inject(standIn, owed[0] + (calls - seen[0]) * options.storm().percent() / 100.0);
            seen[0] = calls;
        }, 200, 200, TimeUnit.MILLISECONDS);
        return ticks;
    }

    private static List<URI> concat(URI first, List<URI> more) {
        List<URI> all = new ArrayList<>(List.of(first));
        all.addAll(more);
        return all;
    }

    /** @return the HTTP status, or 0 when the bot gave no answer (refused, reset, timed out) */
    private static int postOnce(EventPoster poster, String body) throws InterruptedException {
        try {
            return poster.post(body).status();
        } catch (IOException e) {
            return 0;
        }
    }

    private static Map<Integer, List<CapturedMessage>> collect(SlackWebApiStandIn standIn, Map<String, Integer> indexOf) {
        Map<Integer, List<CapturedMessage>> replies = new HashMap<>();
        for (CapturedMessage message : standIn.messages()) {
            Integer index = indexOf.get(message.channel());
            if (index != null) {
                replies.computeIfAbsent(index, k -> new ArrayList<>()).add(message);
            }
        }
        return replies;
    }
}
