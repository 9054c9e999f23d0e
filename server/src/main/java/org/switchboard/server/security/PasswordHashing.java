package org.switchboard.server.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Support agents' passwords, hashed with Jakarta Security's {@link Pbkdf2PasswordHash} (PBKDF2 with HMAC-SHA-256,
 * {@value #ITERATIONS_PROPERTY} iterations ({@code SWITCHBOARD_PEOPLE_PASSWORD_ITERATIONS}, default 210,000), a
 * 32-byte random salt and a 32-byte key; stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64).
 * A stored hash keeps its own iteration count, so changing the setting affects only passwords set afterwards.
 * Matching passwords are remembered for a few minutes ({@link VerifiedPasswords}), so repeated requests with the same
 * credentials do not re-derive the key.
 */
@ApplicationScoped
public class PasswordHashing {

    /** Config property of the iteration count for new hashes. */
    public static final String ITERATIONS_PROPERTY = "switchboard.people.password-iterations";
    /** The shortest password accepted, in characters. */
    public static final int MIN_LENGTH = 12;
    /** The longest password accepted, in characters. */
    public static final int MAX_LENGTH = 200;

    @Inject
    Pbkdf2PasswordHash hash;

    @Inject
    @ConfigProperty(name = ITERATIONS_PROPERTY, defaultValue = "210000")
    int iterations;

    /** Config property of how long a matching password is remembered, in seconds (0: never). */
    public static final String REMEMBER_PROPERTY = "switchboard.people.login-cache-seconds";

    @Inject
    @ConfigProperty(name = REMEMBER_PROPERTY, defaultValue = "300")
    long rememberSeconds;

    private VerifiedPasswords verified;

    /** A hash no password is compared against for real: verified when a user name is unknown, to take as long. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("no password is this one".toCharArray());
        if (rememberSeconds < 0) {
            throw new IllegalArgumentException(REMEMBER_PROPERTY + " must be 0 or more seconds: " + rememberSeconds);
        }
        verified = new VerifiedPasswords(Duration.ofSeconds(rememberSeconds), 10_000, Ticker.systemTicker());
    }

    /**
     * @param password a new password, {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters
     * @return its hash
     * @throws IllegalArgumentException when the password is too short or too long
     */
    public String hash(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("password must be " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        return hash.generate(password.toCharArray());
    }

    /**
     * @param password a password to check
     * @param stored   the stored hash, or null when the account has none (the decoy is checked, so the answer takes
     *                 as long as for a real one)
     * @return whether they match (never for a null hash); a match is remembered for {@value #REMEMBER_PROPERTY}
     *         ({@code SWITCHBOARD_PEOPLE_LOGIN_CACHE_SECONDS}, default 300) so the same person's next requests with
     *         the same password skip PBKDF2 ({@link VerifiedPasswords}); a mismatch is never remembered
     */
    public boolean verify(String password, String stored) {
        return verified == null ? verifySlowly(password, stored) : verified.verify(password, stored, this::verifySlowly);
    }

    /** Forgets every remembered match; called when a support agent is changed or removed. */
    public void forgetVerified() {
        if (verified != null) {
            verified.forgetAll();
        }
    }

    private boolean verifySlowly(String password, String stored) {
        char[] typed = (password == null ? "" : password).toCharArray();
        if (stored == null) {
            hash.verify(typed, decoy);
            return false;
        }
        try {
            return hash.verify(typed, stored);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
