package org.switchboard.email.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The reply subject: one "Re:", one ticket tag. */
class ReplyComposerTest {

    @Test
    void subjectGetsReAndTheTicketTagOnce() {
        assertThat(ReplyComposer.subject("Where is my order?", OptionalLong.of(1234)))
                .isEqualTo("Re: Where is my order? [#1234]");
        assertThat(ReplyComposer.subject("RE: Where is my order? [#1234]", OptionalLong.of(1234)))
                .isEqualTo("RE: Where is my order? [#1234]");
        assertThat(ReplyComposer.subject("AW: Bestellung", OptionalLong.empty())).isEqualTo("AW: Bestellung");
        assertThat(ReplyComposer.subject("", OptionalLong.empty())).isEqualTo("Re: Your message");
        assertThat(ReplyComposer.subject(null, OptionalLong.of(7))).isEqualTo("Re: Your message [#7]");
        assertThat(ReplyComposer.subject("Regarding my refund", OptionalLong.empty())).isEqualTo("Re: Regarding my refund");
    }
}
