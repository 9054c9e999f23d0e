package org.switchboard.bench.emailreplay;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
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

    @Test
    void aReplyWithoutInReplyToIsRecognisedByItsRecipientAndSubject() throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage original = new MimeMessage(session);
        original.setFrom(new InternetAddress("Dana <Dana@Example.org>"));
        original.setSubject("Card  blocked");
        MimeMessage reply = new MimeMessage(session);
        reply.setRecipients(MimeMessage.RecipientType.TO, "dana@example.org");
        reply.setSubject("Re: Card blocked [#1001]");
        assertThat(EmailReplay.replyKey(reply, false)).isEqualTo(EmailReplay.replyKey(original, true))
                .isEqualTo("dana@example.org\ncard blocked");
        original.setReplyTo(new InternetAddress[]{new InternetAddress("team@example.org")});
        assertThat(EmailReplay.replyKey(original, true)).isEqualTo("team@example.org\ncard blocked");
        assertThat(EmailReplay.replyKey(new MimeMessage(session), false)).isNull();
    }
}
