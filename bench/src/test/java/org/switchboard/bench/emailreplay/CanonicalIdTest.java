package org.switchboard.bench.emailreplay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Replies are matched on the Message-ID in the form the bot stores it and writes into In-Reply-To. */
class CanonicalIdTest {

    @Test
    void theFirstBracketedIdWithoutWhitespaceOrABareIdInBrackets() {
        assertThat(EmailReplay.canonicalId(" <abc@example.org> ")).isEqualTo("<abc@example.org>");
        assertThat(EmailReplay.canonicalId("<abc@ex\r\n ample.org> (comment)")).isEqualTo("<abc@example.org>");
        assertThat(EmailReplay.canonicalId("<a@x> <b@y>")).isEqualTo("<a@x>");
        assertThat(EmailReplay.canonicalId("abc@example.org (sent by a broken client)")).isEqualTo("<abc@example.org>");
        assertThat(EmailReplay.canonicalId("not an id")).isNull();
        assertThat(EmailReplay.canonicalId(null)).isNull();
        assertThat(EmailReplay.canonicalId("<>")).isNull();
    }
}
