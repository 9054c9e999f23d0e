package org.switchboard.server.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.function.BiPredicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a short while, which password matched which stored hash, so a person's repeated requests (HTTP
 * Basic sends the password with each one; the console refreshes every 3 seconds) do not re-derive PBKDF2 each time.
 *
 * <ul>
 *   <li>Only <b>successes</b> are remembered; a wrong password always pays the full hash check.</li>
 *   <li>The key is an HMAC-SHA-256 (JCA {@link Mac}) of the stored hash and the typed password under 32 random bytes
 *       made at start-up and never stored: the password is never kept, and the key cannot be recomputed without the
 *       process's secret. Because the stored hash (with its own salt) is part of the key, a changed password, a
 *       person removed and added again, or another person with the same password never find an earlier entry; a
 *       removed person is not found at all before this is asked.</li>
 *   <li>An entry lives {@code lifetime} after it was written (not refreshed by use), at most {@code maxEntries} of
 *       them (Caffeine, least recently used first out).</li>
 * </ul>
 */
final class VerifiedPasswords {

    private static final String HMAC = "HmacSHA256";

    private final Cache<String, Boolean> verified;
    private final SecretKeySpec key;

    /**
     * @param lifetime   how long a success is remembered; zero remembers nothing
     * @param maxEntries the most successes remembered
     * @param ticker     Caffeine's time source (nanoseconds), {@link Ticker#systemTicker()} outside tests
     */
    VerifiedPasswords(Duration lifetime, long maxEntries, Ticker ticker) {
        this.verified = Caffeine.newBuilder().expireAfterWrite(lifetime).maximumSize(maxEntries).ticker(ticker).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /**
     * @param password the typed password, may be null
     * @param stored   the stored hash, or null for an unknown account (never remembered)
     * @param slow     the real check, {@code (password, stored) -> matches}
     * @return whether the password matches the stored hash: remembered, or from {@code slow} (then remembered when
     *         it matched)
     */
    boolean verify(String password, String stored, BiPredicate<String, String> slow) {
        if (stored == null) {
            return slow.test(password, null);
        }
        String fingerprint = fingerprint(password == null ? "" : password, stored);
        if (verified.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean matches = slow.test(password, stored);
        if (matches) {
            verified.put(fingerprint, Boolean.TRUE);
        }
        return matches;
    }

    /** Forgets every remembered success (after a person is changed or removed). */
    void forgetAll() {
        verified.invalidateAll();
    }

    private String fingerprint(String password, String stored) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update((stored.length() + ":" + stored).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }
}
