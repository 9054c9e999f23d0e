package org.switchboard.email.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.mime.MalformedEmailException;
import org.switchboard.email.support.Fixtures;
import org.switchboard.email.support.TestMail;

/** Every rule of the loop guard, on constructed headers and on real auto-replies and bounces. */
class LoopGuardTest {

    private final LoopGuard guard = new LoopGuard(Set.of("Support@Example.com"), "X-Switchboard-Loop");
    private final EmailParser parser = new EmailParser();

    @Test
    void anOrdinaryCustomerMessageIsAnswered() throws Exception {
        assertThat(check(TestMail.from("Ann <ann@example.org>", "<1@x>", "Where is my order?"))).isEqualTo(LoopVerdict.ANSWER);
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Order").header("Auto-Submitted", "no")).answer())
                .isTrue();
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Order").header("Precedence", "first-class"))
                .answer()).isTrue();
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Re: out of office hours?")).answer()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "X-Switchboard-Loop | support@example.com | OWN_LOOP_HEADER",
            "Auto-Submitted | auto-replied | AUTO_SUBMITTED",
            "Auto-Submitted | auto-generated; owner-email=\"x@y\" | AUTO_SUBMITTED",
            "Precedence | bulk | BULK",
            "Precedence | list | BULK",
            "Precedence | junk | BULK",
            "Precedence | auto_reply | BULK",
            "List-Id | <announce.example.org> | LIST",
            "List-Unsubscribe | <mailto:leave@example.org> | LIST",
            "List-Help | <mailto:help@example.org> | LIST",
            "List-Archive | <https://lists.example.org> | LIST",
            "X-Auto-Response-Suppress | All | AUTO_REPLY_HEADER",
            "X-Autoreply | yes | AUTO_REPLY_HEADER",
            "X-Autorespond | vacation | AUTO_REPLY_HEADER",
            "Return-Path | <> | NULL_RETURN_PATH",
            "Return-Path | '' | NULL_RETURN_PATH",
            "X-Failed-Recipients | gone@example.org | BOUNCE",
    })
    void aMarkerHeaderSuppressesTheReply(String header, String value, LoopVerdict.Kind kind) throws Exception {
        LoopVerdict verdict = check(TestMail.from("ann@example.org", "<1@x>", "Hello").header(header, value));
        assertThat(verdict.kind()).isEqualTo(kind);
        assertThat(verdict.reason()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MAILER-DAEMON@mx.example.org", "postmaster@example.org", "post_master@vtext.example.com",
            "no-reply@example.com", "noreply@example.com", "gmail-noreply@google.com", "do-not-reply@shop.example",
            "DoNotReply@bank.example"})
    void robotSendersAreNotAnswered(String from) throws Exception {
        assertThat(check(TestMail.from(from, "<1@x>", "Hello")).kind()).isEqualTo(LoopVerdict.Kind.ROBOT_SENDER);
    }

    @Test
    void mailFromOurOwnAddressIsNotAnswered() throws Exception {
        assertThat(check(TestMail.from("Support <SUPPORT@example.com>", "<1@x>", "Re: Order")).kind())
                .isEqualTo(LoopVerdict.Kind.OWN_ADDRESS);
    }

    @Test
    void autoReplySubjectsWithoutHeadersAreRecognized() throws Exception {
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Automatic reply: Order")).kind())
                .isEqualTo(LoopVerdict.Kind.AUTOMATED_SUBJECT);
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Out of Office: Order")).kind())
                .isEqualTo(LoopVerdict.Kind.AUTOMATED_SUBJECT);
        assertThat(check(TestMail.from("ann@example.org", "<1@x>", "Undeliverable: Order")).kind())
                .isEqualTo(LoopVerdict.Kind.AUTOMATED_SUBJECT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "auto-replies/sisimai__set-of-emails/bsd/rfc3834-01.eml | AUTO_SUBMITTED",
            "auto-replies/sisimai__set-of-emails/mac/rfc3834-01.eml | AUTO_SUBMITTED",
            "auto-replies/sisimai__set-of-emails/bsd/rfc3834-03.eml | AUTO_REPLY_HEADER",
            "auto-replies/chatwoot__chatwoot/auto_reply.eml | AUTO_REPLY_HEADER",
            "auto-replies/getoutreach__bounce_email/non_bounces/tt_1234210666.eml | AUTOMATED_SUBJECT",
            "bounces/sisimai__set-of-emails/bsd/lhost-postfix-01.eml | BOUNCE",
            "bounces/cfortune__PHP-Bounce-Handler/arf1.eml | REPORT",
            "bounces/jstedfast__MimeKit/disposition-notification.eml | REPORT",
            "bounces/mailgun__flanker/bounce/delayed-broken.eml | BOUNCE",
            "bounces/sisimai__set-of-emails/bsd/lhost-fml-03.eml | LIST",
            "general/apache__spamassassin/nice/001.eml | BULK",
    })
    void realAutomatedMailIsSuppressedByTheRightRule(String path, LoopVerdict.Kind kind) throws Exception {
        assertThat(guard.check(parser.parse(Fixtures.bytes(path))).kind()).isEqualTo(kind);
    }

    private LoopVerdict check(TestMail mail) throws MalformedEmailException {
        return guard.check(parser.parse(mail.bytes()));
    }
}
