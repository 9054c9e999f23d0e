package org.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.slackapi.CapturedMessage;

class LoadResultTest {

    private static final Instant T0 = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void countsAnsweredLostDuplicatedAndFailedMessagesAndMeasuresLatencies() {
        Instant[] sent = {T0, T0.plusMillis(10), T0.plusMillis(20), T0.plusMillis(30)};
        double[] ack = {5, 7, 9, Double.NaN};
        int[] status = {200, 200, 200, 0};
        Map<Integer, List<CapturedMessage>> replies = Map.of(
                0, List.of(reply("C0", T0.plusMillis(100))),
                2, List.of(reply("C2", T0.plusMillis(220)), reply("C2", T0.plusMillis(300))));

        LoadResult result = new LoadResult(sent, ack, status, replies, T0);

        assertThat(result.acknowledged()).isEqualTo(3);
        assertThat(result.errors()).isEqualTo(1);
        assertThat(result.answered()).isEqualTo(1);
        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.duplicated()).isEqualTo(1);
        assertThat(result.ackLatency().samplesMillis()).containsExactly(5, 7, 9);
        assertThat(result.replyLatency().samplesMillis()).containsExactly(100, 200);
        assertThat(result.sustainedPerSecond()).isEqualTo(1 / 0.22, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.offeredPerSecond()).isEqualTo(3 / 0.03, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void percentilesUseTheNearestRank() {
        LatencySummary summary = LatencySummary.of(new double[] {40, 10, 30, 20, 50, 60, 70, 80, 90, 100});

        assertThat(summary.percentile(50)).isEqualTo(50);
        assertThat(summary.percentile(90)).isEqualTo(90);
        assertThat(summary.percentile(99)).isEqualTo(100);
        assertThat(LatencySummary.of(new double[0]).percentile(50)).isNaN();
    }

    private static CapturedMessage reply(String channel, Instant at) {
        return new CapturedMessage(channel, "1.0", "answer", "xoxb", at, Map.of(), "2.0");
    }
}
