package org.switchboard.core.csat;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The tokens that name a CSAT request in buttons and links: 32 bytes from {@link SecureRandom}, base64url without
 * padding (43 characters). Nothing is derived from the conversation, so a token cannot be guessed or forged; it is
 * looked up, never verified by computation.
 */
public final class CsatTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("^[A-Za-z0-9_-]{43}$");

    private CsatTokens() {
    }

    /** @return a new token */
    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * @param token text from a click or a link
     * @return whether it has a token's shape (checked before any look-up)
     */
    public static boolean wellFormed(String token) {
        return token != null && SHAPE.matcher(token).matches();
    }
}
