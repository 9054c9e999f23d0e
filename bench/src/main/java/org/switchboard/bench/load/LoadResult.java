package org.switchboard.bench.load;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.switchboard.bench.slackapi.CapturedMessage;

/**
 * What a load run observed, and the figures derived from it.
 *
 * @param sentAt        per message, when its POST started; null when it was never sent
 * @param ackMillis     per message, POST to HTTP response, in milliseconds (NaN when it failed)
 * @param status        per message, the HTTP status (0 when the request failed)
 * @param replies       per message index, the replies captured in its channel
 * @param firstSent     when the first POST started
 */
public record LoadResult(Instant[] sentAt, double[] ackMillis, int[] status, Map<Integer, List<CapturedMessage>> replies,
                         Instant firstSent) {

    /** @return messages whose POST was answered 2xx */
    public int acknowledged() {
        int n = 0;
        for (int s : status) {
            n += s >= 200 && s < 300 ? 1 : 0;
        }
        return n;
    }

    /** @return acknowledged messages with no reply */
    public int lost() {
        return count(0);
    }

    /** @return acknowledged messages with more than one reply */
    public int duplicated() {
        int n = 0;
        for (int i = 0; i < status.length; i++) {
            n += ok(i) && replies.getOrDefault(i, List.of()).size() > 1 ? 1 : 0;
        }
        return n;
    }

    /** @return acknowledged messages with exactly one reply */
    public int answered() {
        return count(1);
    }

    /** @return failed posts (non-2xx or no response) */
    public int errors() {
        return status.length - acknowledged();
    }

    /** @return ack latencies of the acknowledged posts */
    public LatencySummary ackLatency() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            if (ok(i)) {
                values.add(ackMillis[i]);
            }
        }
        return LatencySummary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return POST start to the first reply captured, for answered messages */
    public LatencySummary replyLatency() {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < status.length; i++) {
            List<CapturedMessage> got = replies.getOrDefault(i, List.of());
            if (ok(i) && !got.isEmpty()) {
                values.add(Duration.between(sentAt[i], got.get(0).receivedAt()).toNanos() / 1e6);
            }
        }
        return LatencySummary.of(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return answered messages per second, from the first POST to the last first reply */
    public double sustainedPerSecond() {
        Instant last = firstSent;
        for (List<CapturedMessage> got : replies.values()) {
            if (!got.isEmpty() && got.get(0).receivedAt().isAfter(last)) {
                last = got.get(0).receivedAt();
            }
        }
        double seconds = Duration.between(firstSent, last).toNanos() / 1e9;
        return seconds <= 0 ? 0 : answered() / seconds;
    }

    /** @return messages offered per second, from the first to the last POST start */
    public double offeredPerSecond() {
        Instant last = firstSent;
        for (Instant at : sentAt) {
            if (at != null && at.isAfter(last)) {
                last = at;
            }
        }
        double seconds = Duration.between(firstSent, last).toNanos() / 1e9;
        return seconds <= 0 ? sentAt.length : (sentAt.length - 1) / seconds;
    }

    /**
     * Prints the figures.
     *
     * @param out where to
     */
    public void print(PrintStream out) {
        out.printf(Locale.ROOT, "sent %d, acknowledged %d, errors %d, answered once %d, lost %d, duplicated %d%n",
                status.length, acknowledged(), errors(), answered(), lost(), duplicated());
        out.printf(Locale.ROOT, "offered %.1f msg/s; sustained end to end %.1f msg/s%n", offeredPerSecond(),
                sustainedPerSecond());
        out.println("ack latency:   " + ackLatency().describe());
        out.println("reply latency: " + replyLatency().describe());
    }

    private boolean ok(int i) {
        return status[i] >= 200 && status[i] < 300;
    }

    private int count(int replyCount) {
        int n = 0;
        for (int i = 0; i < status.length; i++) {
            n += ok(i) && replies.getOrDefault(i, List.of()).size() == replyCount ? 1 : 0;
        }
        return n;
    }
}
