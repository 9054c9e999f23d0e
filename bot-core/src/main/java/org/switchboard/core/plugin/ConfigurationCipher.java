package org.switchboard.core.plugin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a plugin's stored configuration (its secrets included) at rest (issue 19), with the JDK's AES in Galois/
 * Counter Mode (NIST SP 800-38D): a fresh 96-bit random IV per value, a 128-bit tag, and the plugin id as associated
 * data, so a value copied onto another plugin's row does not decrypt. The key comes from configuration
 * ({@code SWITCHBOARD_SECRETS_KEY}: Base64 of 16, 24 or 32 random bytes, e.g. {@code openssl rand -base64 32}).
 *
 * <p>Stored form: {@value #PREFIX} followed by Base64 of IV then ciphertext-and-tag. A value without the prefix is a
 * plaintext row written before encryption was configured; {@link #isEncrypted} tells them apart.
 */
public final class ConfigurationCipher {

    /** What every encrypted value starts with (version 1: AES-GCM, 12-byte IV, 128-bit tag, AAD = plugin id). */
    public static final String PREFIX = "enc:v1:";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private ConfigurationCipher(SecretKey key) {
        this.key = key;
    }

    /**
     * @param base64Key Base64 of an AES key; empty or blank: no encryption
     * @return the cipher, or empty when no key is configured
     * @throws IllegalArgumentException when the key is not Base64 of 16, 24 or 32 bytes
     */
    public static Optional<ConfigurationCipher> fromKey(Optional<String> base64Key) {
        Optional<String> text = base64Key.map(String::strip).filter(k -> !k.isEmpty());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text.get());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("SWITCHBOARD_SECRETS_KEY is not Base64", e);
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new IllegalArgumentException("SWITCHBOARD_SECRETS_KEY must be Base64 of 16, 24 or 32 bytes, not "
                    + bytes.length);
        }
        return Optional.of(new ConfigurationCipher(new SecretKeySpec(bytes, "AES")));
    }

    /**
     * @param stored a stored configuration value
     * @return whether it is in the encrypted form
     */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /**
     * @param pluginId  the row's plugin id (associated data)
     * @param plaintext the configuration JSON
     * @return {@value #PREFIX} and Base64 of IV, ciphertext and tag
     */
    public String encrypt(String pluginId, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(pluginId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv)
                    .put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by the Java platform", e);
        }
    }

    /**
     * @param pluginId the row's plugin id (associated data)
     * @param stored   a value from {@link #encrypt}
     * @return the configuration JSON
     * @throws IllegalArgumentException when the value is not in the encrypted form, was encrypted with another key or
     *                                  for another plugin, or was changed
     */
    public String decrypt(String pluginId, String stored) {
        if (!isEncrypted(stored)) {
            throw new IllegalArgumentException("not an encrypted configuration value");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            if (bytes.length < IV_BYTES + TAG_BITS / 8) {
                throw new IllegalArgumentException("encrypted configuration value too short");
            }
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, IV_BYTES));
            cipher.updateAAD(pluginId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new IllegalArgumentException("the configuration of " + pluginId + " does not decrypt with"
                    + " SWITCHBOARD_SECRETS_KEY (another key, another plugin's row, or changed)", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by the Java platform", e);
        }
    }
}
