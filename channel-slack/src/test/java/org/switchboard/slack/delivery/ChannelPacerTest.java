package org.switchboard.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.TimeMeter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link ChannelPacer} on a fake clock: waiting advances the clock by the time the pacer asked to wait. */
class ChannelPacerTest {

    private long nanos;
    private final List<Long> waits = new ArrayList<>();
    private final TimeMeter clock = new TimeMeter() {
        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    };
    private final BlockingStrategy recordingWait = waitNanos -> {
        waits.add(waitNanos);
        nanos += waitNanos;
    };

    @Test
    void aBurstGoesOutAtOnceThenOnePostASecondPerChannel() throws InterruptedException {
        ChannelPacer pacer = new ChannelPacer(1, 3, clock, recordingWait);

        for (int i = 0; i < 5; i++) {
            pacer.awaitTurn("C111");
        }

        assertThat(waits).hasSize(2).allSatisfy(wait -> assertThat(wait).isBetween(990_000_000L, 1_000_000_000L));
        assertThat(nanos).isBetween(1_990_000_000L, 2_000_000_000L);
    }

    @Test
    void channelsArePacedIndependently() throws InterruptedException {
        ChannelPacer pacer = new ChannelPacer(1, 1, clock, recordingWait);

        pacer.awaitTurn("C111");
        pacer.awaitTurn("C222");
        pacer.awaitTurn("D333");

        assertThat(waits).isEmpty();
    }

    @Test
    void aQuietChannelGetsItsBurstBack() throws InterruptedException {
        ChannelPacer pacer = new ChannelPacer(1, 2, clock, recordingWait);
        pacer.awaitTurn("C111");
        pacer.awaitTurn("C111");
        nanos += 5_000_000_000L;

        pacer.awaitTurn("C111");
        pacer.awaitTurn("C111");

        assertThat(waits).isEmpty();
    }

    @Test
    void refusesARateOrBurstBelowOne() {
        assertThatThrownBy(() -> new ChannelPacer(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChannelPacer(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
