package org.switchboard.bench.replay;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayOptionsTest {

    @Test
    void defaultsAndEnvironment() throws ReplayUsageException {
        ReplayOptions options = ReplayOptions.parse(new String[] {"some/folder"},
                Map.of("SLACK_SIGNING_SECRET", "s3cret"));

        assertThat(options.url()).hasToString("http://localhost:9080");
        assertThat(options.standinPort()).isEqualTo(9939);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.keepEventIds()).isFalse();
        assertThat(options.inputs()).containsExactly(
                Path.of(System.getProperty("user.dir")).resolve("some/folder").normalize());
        assertThat(options.toString()).doesNotContain("s3cret");
    }

    @Test
    void argumentsWinOverEnvironment() throws ReplayUsageException {
        ReplayOptions options = ReplayOptions.parse(new String[] {"--url=http://bot:9443/", "--secret=arg",
                "--standin-port=0", "--timeout-seconds=5", "--keep-event-ids", "/tmp/a.json"},
                Map.of("SLACK_SIGNING_SECRET", "env", "SWITCHBOARD_URL", "http://env:1", "SLACK_STANDIN_PORT", "1"));

        assertThat(options.url()).hasToString("http://bot:9443");
        assertThat(options.secret()).isEqualTo("arg");
        assertThat(options.standinPort()).isZero();
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.keepEventIds()).isTrue();
    }

    @Test
    void missingSecretIsAClearError() {
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"x.json"}, Map.of()))
                .isInstanceOf(ReplayUsageException.class)
                .hasMessageContaining("SLACK_SIGNING_SECRET");
    }

    @Test
    void badOptionsAreErrors() {
        Map<String, String> env = Map.of("SLACK_SIGNING_SECRET", "s");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--bogus=1", "x"}, env))
                .hasMessageContaining("--bogus");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--timeout-seconds=0", "x"}, env))
                .hasMessageContaining("--timeout-seconds");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--url=ftp://x", "x"}, env))
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[] {"--standin-port=70000", "x"}, env))
                .hasMessageContaining("port");
        assertThatThrownBy(() -> ReplayOptions.parse(new String[0], env))
                .hasMessageContaining("no payload");
    }
}
