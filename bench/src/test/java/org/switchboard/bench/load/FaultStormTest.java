package org.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.replay.ReplayUsageException;

class FaultStormTest {

    @Test
    void parsesStatusStormsWithAndWithoutRetryAfterAndSlowStorms() throws Exception {
        assertThat(FaultStorm.parse("503:30")).isEqualTo(new FaultStorm(503, 30, null, null));
        assertThat(FaultStorm.parse("429:25:1")).isEqualTo(new FaultStorm(429, 25, 1, null));
        assertThat(FaultStorm.parse("slow:5:12000")).isEqualTo(new FaultStorm(0, 5, null, Duration.ofSeconds(12)));
    }

    @Test
    void refusesWhatIsNotAStorm() {
        for (String spec : new String[] {"503", "200:30", "503:0", "503:101", "slow:5", "x:y", "503:30:1:2"}) {
            assertThatThrownBy(() -> FaultStorm.parse(spec)).as(spec).isInstanceOf(ReplayUsageException.class);
        }
    }
}
