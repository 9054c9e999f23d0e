package org.switchboard.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 19: plugin configurations (secrets included) encrypted at rest with AES-GCM. */
class ConfigurationCipherTest {

    private static final String KEY = "pC6x7Z77Q7oPYcHCZr9gYt6if9mxuonOWfIbi+qQWsw=";
    private static final String JSON = "{\"apiToken\":\"tok-s3cr3t-value\",\"verbose\":\"true\"}";

    @Test
    void aConfigurationRoundTripsAndItsSecretIsNotInTheStoredForm() {
        ConfigurationCipher cipher = ConfigurationCipher.fromKey(Optional.of(KEY)).orElseThrow();
        String stored = cipher.encrypt("notify", JSON);
        assertThat(stored).startsWith(ConfigurationCipher.PREFIX).doesNotContain("tok-s3cr3t-value", "apiToken");
        assertThat(ConfigurationCipher.isEncrypted(stored)).isTrue();
        assertThat(ConfigurationCipher.isEncrypted(JSON)).as("a plaintext row from before").isFalse();
        assertThat(cipher.decrypt("notify", stored)).isEqualTo(JSON);
        assertThat(cipher.encrypt("notify", JSON)).as("a fresh IV every time").isNotEqualTo(stored);
    }

    @Test
    void anotherPluginsRowAnotherKeyOrAChangedValueDoesNotDecrypt() {
        ConfigurationCipher cipher = ConfigurationCipher.fromKey(Optional.of(KEY)).orElseThrow();
        String stored = cipher.encrypt("notify", JSON);
        assertThatThrownBy(() -> cipher.decrypt("knowledge-base", stored)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not decrypt");
        ConfigurationCipher other = ConfigurationCipher.fromKey(Optional.of(Base64.getEncoder()
                .encodeToString(new byte[32]))).orElseThrow();
        assertThatThrownBy(() -> other.decrypt("notify", stored)).isInstanceOf(IllegalArgumentException.class);
        byte[] raw = Base64.getDecoder().decode(stored.substring(ConfigurationCipher.PREFIX.length()));
        raw[raw.length - 1] ^= 1;
        String changed = ConfigurationCipher.PREFIX + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt("notify", changed)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cipher.decrypt("notify", ConfigurationCipher.PREFIX + "AAAA"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noKeyMeansNoEncryptionAndABadKeyIsRefused() {
        assertThat(ConfigurationCipher.fromKey(Optional.empty())).isEmpty();
        assertThat(ConfigurationCipher.fromKey(Optional.of("  "))).isEmpty();
        assertThatThrownBy(() -> ConfigurationCipher.fromKey(Optional.of("not base64!")))
                .hasMessageContaining("not Base64");
        assertThatThrownBy(() -> ConfigurationCipher.fromKey(Optional.of(Base64.getEncoder().encodeToString(new byte[20]))))
                .hasMessageContaining("16, 24 or 32 bytes");
    }
}
