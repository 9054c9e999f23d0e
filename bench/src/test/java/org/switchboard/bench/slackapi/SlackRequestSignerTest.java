package org.switchboard.bench.slackapi;

import com.slack.api.app_backend.SlackSignature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackRequestSignerTest {

    /** Slack's documented example (api.slack.com/authentication/verifying-requests-from-slack). */
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final long TIMESTAMP = 1531420618L;
    private static final String EXPECTED = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static String exampleBody() throws IOException {
        try (InputStream in = SlackRequestSignerTest.class.getResourceAsStream("/java_SlackSignatureTest-L28.txt")) {
            assertThat(in).as("test resource java_SlackSignatureTest-L28.txt").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void signsSlacksDocumentedExample() throws IOException {
        Map<String, String> headers = new SlackRequestSigner(SECRET).headers(exampleBody(), TIMESTAMP);

        assertThat(headers).containsExactly(
                Map.entry("X-Slack-Request-Timestamp", "1531420618"),
                Map.entry("X-Slack-Signature", EXPECTED));
    }

    @Test
    void signatureIsAcceptedBySdkVerifier() throws IOException {
        String body = exampleBody();
        SlackRequestSigner signer = new SlackRequestSigner(SECRET);
        long now = Instant.now().getEpochSecond();

        SlackSignature.Verifier verifier = new SlackSignature.Verifier(new SlackSignature.Generator(SECRET));
        assertThat(verifier.isValid(Long.toString(now), body, signer.signature(body, now))).isTrue();
        assertThat(verifier.isValid(Long.toString(now), body + "x", signer.signature(body, now))).isFalse();
    }

    @Test
    void headersWithoutTimestampUseTheClock() throws IOException {
        Clock clock = Clock.fixed(Instant.ofEpochSecond(TIMESTAMP, 999_000_000), ZoneOffset.UTC);

        Map<String, String> headers = new SlackRequestSigner(SECRET, clock).headers(exampleBody());

        assertThat(headers.get(SlackRequestSigner.TIMESTAMP_HEADER)).isEqualTo("1531420618");
        assertThat(headers.get(SlackRequestSigner.SIGNATURE_HEADER)).isEqualTo(EXPECTED);
    }

    @Test
    void rejectsMissingSecretAndNeverPrintsIt() {
        assertThatThrownBy(() -> new SlackRequestSigner(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SlackRequestSigner(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SlackRequestSigner(SECRET).toString()).doesNotContain(SECRET);
    }
}
