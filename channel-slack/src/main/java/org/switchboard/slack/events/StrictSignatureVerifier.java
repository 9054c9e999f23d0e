package org.switchboard.slack.events;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Slack request signing v0 ("Verifying requests from Slack"), stricter than the SDK's default verifier: the
 * signature is compared in constant time ({@link MessageDigest#isEqual}) and the timestamp must be within
 * five minutes either side of now (the SDK only rejects old ones). The HMAC itself is computed by the SDK's
 * {@link SlackSignature.Generator}. Never logs the body or the signature.
 */
public final class StrictSignatureVerifier extends SlackSignature.Verifier {

    /** Largest accepted distance between the request timestamp and now, in seconds. */
    public static final long MAX_SKEW_SECONDS = 300;

    private final SlackSignature.Generator generator;

    /** @param generator the SDK's signature generator, holding the signing secret */
    public StrictSignatureVerifier(SlackSignature.Generator generator) {
        super(generator);
        this.generator = generator;
    }

    @Override
    public boolean isValid(String requestTimestamp, String requestBody, String requestSignature, long nowInMillis) {
        if (requestTimestamp == null || requestSignature == null || requestBody == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(requestTimestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowInMillis / 1000 - timestamp) > MAX_SKEW_SECONDS) {
            return false;
        }
        return signaturesMatch(generator.generate(requestTimestamp.trim(), requestBody), requestSignature);
    }

    /**
     * Compares the signature a request presents with the expected one in time that does not depend on where they
     * differ: {@link MessageDigest#isEqual} over the UTF-8 bytes, which examines every byte of equally long inputs
     * (JDK 6u17 and later). Inputs of different lengths are refused at once; that reveals only the length, which is
     * public for v0 signatures ({@code v0=} and 64 hex digits). The timing is measured by the bench-quality
     * {@code SignatureTiming} benchmark (docs/BENCHMARKS.md).
     *
     * @param expected  the signature computed from the secret, e.g. {@code v0=a2114d...}; may be null
     * @param presented the {@code X-Slack-Signature} header; may be null
     * @return true only when both are non-null and equal
     */
    public static boolean signaturesMatch(String expected, String presented) {
        return expected != null && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        presented.getBytes(StandardCharsets.UTF_8));
    }
}
