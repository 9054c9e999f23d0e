package org.switchboard.bench.signing;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.switchboard.bench.cli.BenchmarkCommandLine;
import org.switchboard.slack.events.StrictSignatureVerifier;

/**
 * Does the Slack signature check take longer when a forged signature is right for longer? (Slack request signing v0;
 * RELIABILITY case 1, "comparison constant-time".) A request body, a test signing secret and the right
 * {@code v0=} signature are fixed; class A presents a signature differing in its first hex digit, class B one
 * differing in its last. Timed with {@link TimingLeakTest}:
 * <ol>
 *   <li>{@link StrictSignatureVerifier#signaturesMatch}, the comparison the product uses;</li>
 *   <li>{@code String.equals} on the same strings, the control: an early-exit comparison whose leak the test must
 *       find, else the run is inconclusive;</li>
 *   <li>{@link StrictSignatureVerifier#isValid}, the whole check (HMAC-SHA256 of the body, then the comparison).</li>
 * </ol>
 *
 * <p>Usage: {@code SignatureTiming [--payload FILE] [--samples N] [--batch N]}. Defaults: a customer message from
 * {@code test-fixtures/slack/customer-messages}, 400,000 samples, 64 calls per sample for the comparisons (a
 * quarter of that for the whole check). Prints one line per measurement: mean ns per call of both classes, Welch's
 * t and the verdict; the last line is the headline.
 */
public final class SignatureTiming {

    private static final String DEFAULT_PAYLOAD =
            "test-fixtures/slack/customer-messages/msg-000-channel-passcode_forgotten.json";
    /** A test secret: the timing does not depend on its value. */
    private static final String SECRET = "timing-benchmark-secret-not-a-real-one";
    private static final String TIMESTAMP = "1700000000";
    private static final long NOW_MILLIS = 1_700_000_000_000L;

    private SignatureTiming() {
    }

    /**
     * Runs the measurements and prints their figures.
     *
     * @param args see the class description
     * @throws IOException if the payload cannot be read
     */
    public static void main(String[] args) throws IOException {
        BenchmarkCommandLine arguments = BenchmarkCommandLine.parse(args, Set.of("payload", "samples", "batch"));
        String body = Files.readString(arguments.path("payload", DEFAULT_PAYLOAD), StandardCharsets.UTF_8);
        int samples = arguments.integer("samples", 400_000);
        int batch = arguments.integer("batch", 64);
        SlackSignature.Generator generator = new SlackSignature.Generator(SECRET);
        StrictSignatureVerifier verifier = new StrictSignatureVerifier(generator);
        String right = generator.generate(TIMESTAMP, body);
        String firstWrong = differingAt(right, "v0=".length());
        String lastWrong = differingAt(right, right.length() - 1);
        if (!verifier.isValid(TIMESTAMP, body, right, NOW_MILLIS) || verifier.isValid(TIMESTAMP, body, lastWrong, NOW_MILLIS)) {
            throw new IllegalStateException("the verifier does not behave as expected; nothing to time");
        }
        System.out.printf(Locale.ROOT, "Slack signature v0 over a %d-byte body; %d samples per measurement; "
                + "class A differs in the first hex digit, class B in the last; |t| >= %.1f is a leak%n",
                body.getBytes(StandardCharsets.UTF_8).length, samples, TimingLeakTest.LEAK_THRESHOLD);
        TimingLeakTest compare = new TimingLeakTest(samples, batch, 20261203L);
        TimingLeakTest whole = new TimingLeakTest(samples, Math.max(1, batch / 4), 20261204L);
        TimingLeakTest.Result control = compare.run(() -> right.equals(firstWrong), () -> right.equals(lastWrong));
        print("String.equals (control)", control);
        TimingLeakTest.Result product = compare.run(
                () -> StrictSignatureVerifier.signaturesMatch(right, firstWrong),
                () -> StrictSignatureVerifier.signaturesMatch(right, lastWrong));
        print("StrictSignatureVerifier.signaturesMatch", product);
        BooleanSupplier wholeA = () -> verifier.isValid(TIMESTAMP, body, firstWrong, NOW_MILLIS);
        BooleanSupplier wholeB = () -> verifier.isValid(TIMESTAMP, body, lastWrong, NOW_MILLIS);
        TimingLeakTest.Result check = whole.run(wholeA, wholeB);
        print("StrictSignatureVerifier.isValid (HMAC + compare)", check);
        String verdict = !control.leaks() ? "inconclusive: the control's leak was not found; use more samples"
                : product.leaks() || check.leaks() ? "LEAK: the product's comparison time depends on the signature"
                : "no timing difference found in the product's comparison or check; the control leaks";
        System.out.println("headline: " + verdict);
    }

    private static String differingAt(String signature, int index) {
        char c = signature.charAt(index);
        char other = c == '0' ? '1' : '0';
        return signature.substring(0, index) + other + signature.substring(index + 1);
    }

    private static void print(String what, TimingLeakTest.Result result) {
        System.out.printf(Locale.ROOT, "%-50s A %8.1f ns  B %8.1f ns  t %8.2f  %s%n", what, result.meanA(),
                result.meanB(), result.t(), result.leaks() ? "leaks" : "no leak found");
    }
}
