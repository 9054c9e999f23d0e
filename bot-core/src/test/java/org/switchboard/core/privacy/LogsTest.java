package org.switchboard.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text from outside cannot start a forged log line or hide itself once {@link Logs#neutralise} went over it. */
class LogsTest {

    @Test
    void lineBreaksTabsAndOtherControlAndFormatCharactersBecomeVisibleEscapes() {
        String attack = "ok\r\n20:00:00 SEVERE forged\u0085next\u2028sep\u2029para\u0000nul\u001b[31mred\u202eevil\tt";
        String safe = Logs.neutralise(attack, 1000);
        assertThat(safe).doesNotContain("\r", "\n", "\u0085", "\u2028", "\u2029", "\u0000", "\u001b", "\u202e", "\t");
        assertThat(safe).isEqualTo("ok\\r\\n20:00:00 SEVERE forged\\u0085next\\u2028sep\\u2029para\\u0000nul"
                + "\\u001b[31mred\\u202eevil\\tt");
    }

    @Test
    void longTextIsCutAndMarkedAndNullIsNamed() {
        assertThat(Logs.neutralise("x".repeat(50), 10)).isEqualTo("xxxxxxxxxx...[40 more]");
        assertThat(Logs.neutralise(null, 10)).isEqualTo("null");
        assertThat(Logs.neutralise("plain text, ümlaut", 100)).isEqualTo("plain text, ümlaut");
    }
}
