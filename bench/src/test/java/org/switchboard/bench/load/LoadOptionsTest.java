package org.switchboard.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.bench.replay.ReplayUsageException;

class LoadOptionsTest {

    @Test
    void readsOptionsAndFallsBackToTheBotsEnvironmentVariables() throws ReplayUsageException {
        LoadOptions options = LoadOptions.parse(new String[] {"--rate=250", "--messages=10", "--concurrency=4"},
                Map.of("SLACK_SIGNING_SECRET", "s3cret", "DB_URL", "jdbc:mariadb://127.0.0.1:3307/switchboard"));

        assertThat(options.rate()).isEqualTo(250);
        assertThat(options.messages()).isEqualTo(10);
        assertThat(options.concurrency()).isEqualTo(4);
        assertThat(options.dbUrl()).isEqualTo("jdbc:mariadb://127.0.0.1:3307/switchboard");
        assertThat(options.inputs()).singleElement().satisfies(p -> assertThat(p.toString()).endsWith("customer-messages"));
        assertThat(options.toString()).doesNotContain("s3cret");
    }

    @Test
    void refusesUnknownOptionsBadNumbersAndAMissingSecret() {
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--speed=3"}, Map.of("SLACK_SIGNING_SECRET", "s")))
                .isInstanceOf(ReplayUsageException.class);
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate=fast"}, Map.of("SLACK_SIGNING_SECRET", "s")))
                .isInstanceOf(ReplayUsageException.class);
        assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--rate=0"}, Map.of("SLACK_SIGNING_SECRET", "s")))
                .isInstanceOf(ReplayUsageException.class);
        assertThatThrownBy(() -> LoadOptions.parse(new String[0], Map.of())).isInstanceOf(ReplayUsageException.class);
    }
}
