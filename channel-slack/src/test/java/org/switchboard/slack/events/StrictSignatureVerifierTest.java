package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.slack.SlackFixtures;

/**
 * {@link StrictSignatureVerifier} with Slack's documented request-signing example ("Verifying requests from Slack"):
 * the slash command body in {@code slash-commands/java_SlackSignatureTest-L28.txt}, signed at {@code 1531420618}.
 */
class StrictSignatureVerifierTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final long SIGNED_AT_MILLIS = 1531420618_000L;
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final String BODY = new String(SlackFixtures.bytes("slash-commands/java_SlackSignatureTest-L28.txt"),
            StandardCharsets.UTF_8);

    private final StrictSignatureVerifier verifier = new StrictSignatureVerifier(new SlackSignature.Generator(SECRET));

    @Test
    void theFixtureIsTheDocumentedBody() {
        assertThat(BODY).startsWith("token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&").doesNotEndWith("\n").hasSize(362);
        assertThat(new SlackSignature.Generator(SECRET).generate(TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void theDocumentedRequestIsValidWhenItArrives() {
        assertThat(verifier.isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS)).isTrue();
    }

    @ParameterizedTest(name = "{0} ms from the timestamp")
    @ValueSource(longs = {-300_000, -299_999, -60_000, -1, 1, 60_000, 299_999, 300_000})
    void theDocumentedRequestIsValidWithinFiveMinutesEitherSide(long offsetMillis) {
        assertThat(verifier.isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS + offsetMillis)).isTrue();
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesAgoIsRefused() {
        assertThat(verifier.isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS + 301_000)).isFalse();
    }

    @Test
    void aRequestSignedMoreThanFiveMinutesInTheFutureIsRefused() {
        // the SDK's own verifier accepts these; the strict one does not
        assertThat(verifier.isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS - 301_000)).isFalse();
        assertThat(new SlackSignature.Verifier(new SlackSignature.Generator(SECRET))
                .isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS - 301_000)).isTrue();
    }

    @Test
    void theDocumentedRequestIsStaleToday() {
        assertThat(verifier.isValid(TIMESTAMP, BODY, SIGNATURE)).isFalse();
    }

    @Test
    void aBodyChangedInOneByteIsRefused() {
        byte[] bytes = BODY.getBytes(StandardCharsets.UTF_8);
        for (int i : new int[] {0, bytes.length / 2, bytes.length - 1}) {
            byte[] changed = bytes.clone();
            changed[i] ^= 1;
            assertThat(verifier.isValid(TIMESTAMP, new String(changed, StandardCharsets.UTF_8), SIGNATURE, SIGNED_AT_MILLIS))
                    .as("byte %d flipped", i).isFalse();
        }
    }

    @Test
    void aBodyWithATrailingNewlineIsRefused() {
        assertThat(verifier.isValid(TIMESTAMP, BODY + "\n", SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504",
            "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B503",
            "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            "a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50",
            "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503 ",
            "v0=",
            ""})
    void aChangedSignatureIsRefused(String signature) {
        assertThat(verifier.isValid(TIMESTAMP, BODY, signature, SIGNED_AT_MILLIS)).isFalse();
    }

    @Test
    void theWrongSecretIsRefused() {
        StrictSignatureVerifier other = new StrictSignatureVerifier(new SlackSignature.Generator(SECRET + "x"));
        assertThat(other.isValid(TIMESTAMP, BODY, SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
    }

    @Test
    void aSignatureForAnotherTimestampIsRefused() {
        // replaying the documented signature with a fresh timestamp does not work
        assertThat(verifier.isValid("1531420619", BODY, SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
    }

    @Test
    void aMissingTimestampSignatureOrBodyIsRefused() {
        assertThat(verifier.isValid(null, BODY, SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, BODY, null, SIGNED_AT_MILLIS)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, null, SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
        assertThat(verifier.isValid(TIMESTAMP, "", SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "abc", "1531420618.5", "0x5B47E0CA", "1531420618abc", "99999999999999999999"})
    void aTimestampThatIsNotAWholeNumberIsRefused(String timestamp) {
        assertThat(verifier.isValid(timestamp, BODY, SIGNATURE, SIGNED_AT_MILLIS)).isFalse();
    }
}
