package org.switchboard.server.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Support agents' passwords, hashed with Jakarta Security's {@link Pbkdf2PasswordHash} (PBKDF2 with HMAC-SHA-256,
 * {@value #ITERATIONS_PROPERTY} iterations ({@code SWITCHBOARD_PEOPLE_PASSWORD_ITERATIONS}, default 210,000), a
 * 32-byte random salt and a 32-byte key; stored as {@code PBKDF2WithHmacSHA256:iterations:salt:hash}, Base64).
 * A stored hash keeps its own iteration count, so changing the setting affects only passwords set afterwards.
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

    /** A hash no password is compared against for real: verified when a user name is unknown, to take as long. */
    private String decoy;

    @PostConstruct
    void init() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "32"));
        decoy = hash.generate("no password is this one".toCharArray());
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
     * @return whether they match (never for a null hash)
     */
    public boolean verify(String password, String stored) {
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
