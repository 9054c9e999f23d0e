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
        String expected = generator.generate(requestTimestamp.trim(), requestBody);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                requestSignature.getBytes(StandardCharsets.UTF_8));
    }
}
