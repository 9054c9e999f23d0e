package org.switchboard.email.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Attachment;
import org.switchboard.email.support.Fixtures;
import org.switchboard.email.support.TestMail;

/** MIME to {@link ParsedEmail} on real messages of the corpus. */
class EmailParserTest {

    private final EmailParser parser = new EmailParser();

    @Test
    void multipartAlternativePrefersTextPlainAndKeepsThreadingHeaders() throws Exception {
        ParsedEmail mail = parse("support/chatwoot__chatwoot/support_in_reply_to.eml");
        assertThat(mail.contentType()).isEqualTo("multipart/alternative");
        assertThat(mail.bodyText()).isEqualTo("Let's talk about these images:");
        assertThat(mail.messageId()).isEqualTo("<0CB459E0-0336-41DA-BC88-E6E28C697DDB@chatwoot.com>");
        assertThat(mail.syntheticId()).isFalse();
        assertThat(mail.inReplyTo()).containsExactly("<4e6e35f5a38b4_479f13bb90078178@small-app-01.mail>");
        assertThat(mail.from()).hasValueSatisfying(a -> {
            assertThat(a.address()).isEqualTo("sony@chatwoot.com");
            assertThat(a.displayName()).isEqualTo("Sony Mathew");
        });
    }

    @Test
    void htmlOnlyMailIsConvertedWithJsoup() throws Exception {
        ParsedEmail mail = parse("support/chatwoot__chatwoot/only_html.eml");
        assertThat(mail.contentType()).isEqualTo("text/html");
        assertThat(mail.replyText()).isEqualTo("This is html only mail");
        assertThat(mail.bodyText()).doesNotContain("<", ">");
    }

    @Test
    void charsetsAndEncodedWordsAreDecodedByTheLibrary() throws Exception {
        ParsedEmail iso2022 = parse("general/mikel__mail/multi_charset/japanese.eml");
        assertThat(iso2022.subject()).isEqualTo("まみむめも");
        assertThat(iso2022.replyText()).isEqualTo("かきくえこ");
        assertThat(parse("general/mikel__mail/multi_charset/japanese_shift_jis.eml").bodyText())
                .startsWith("あいうえお").contains("このメールはテスト用のメールです。");
        assertThat(parse("general/mikel__mail/multi_charset/ks_c_5601-1987.eml").bodyText()).isEqualTo("스티해");
        assertThat(parse("general/apache__spamassassin/nice/cjk/gb2312.1.eml").subject())
                .as("raw 8-bit GB2312 subject, read with the body's charset").startsWith("全新原装进口");
        assertThat(parse("support/django-helpdesk__django-helpdesk/all-special-chars.eml").subject())
                .isEqualTo("Testovácí email");
        assertThat(parse("general/mikel__mail/error_emails/invalid_subject_characters.eml").subject())
                .as("raw 8-bit Latin-1 subject").startsWith("Formação FrenetikPolis");
    }

    @Test
    void quotedPrintableAndBase64BodiesAreDecoded() throws Exception {
        assertThat(parse("general/mailgun__flanker/quoted-printable.eml").bodyText()).startsWith("Hello Bob,")
                .doesNotContain("=\r\n", "=3D");
        ParsedEmail base64 = parse("general/apache__james-mime4j/base64-encoded-text.eml");
        assertThat(base64.problems()).isEmpty();
        assertThat(base64.bodyText()).isNotBlank().doesNotContainPattern("^[A-Za-z0-9+/]{40,}=*$");
    }

    @Test
    void brokenBase64IsDecodedLenientlyAndReported() throws Exception {
        ParsedEmail mail = parse("general/apache__spamassassin/nice/cjk/big5-base64.1.eml");
        assertThat(mail.problems()).anyMatch(p -> p.contains("broken base64"));
        assertThat(mail.bodyText()).contains("永久網址");
    }

    @Test
    void attachmentsAreListedWithNameTypeAndDecodedSizeAndNotInTheText() throws Exception {
        ParsedEmail mail = parse("support/chatwoot__chatwoot/html_and_attachments.eml");
        assertThat(mail.attachments()).containsExactly(new Attachment("1610894557447.jpg", "image/jpeg", 172081));
        assertThat(parse("general/mikel__mail/multi_charset/japanese_attachment.eml").attachments())
                .containsExactly(new Attachment("てすと.txt", "text/plain", 33));
        ParsedEmail blank = parse("support/django-helpdesk__django-helpdesk/blank-body-with-attachment.eml");
        assertThat(blank.attachments()).extracting(Attachment::name).containsExactly("baf");
        assertThat(blank.bodyText()).isEmpty();
    }

    @Test
    void aMissingMessageIdGetsAStableHashOfTheKeyHeadersAndBody() throws Exception {
        byte[] raw = TestMail.from("ann@example.org", null, "No id").bytes();
        ParsedEmail first = parser.parse(raw);
        ParsedEmail again = parser.parse(raw.clone());
        assertThat(first.syntheticId()).isTrue();
        assertThat(first.messageId()).startsWith(MessageIds.SYNTHETIC_PREFIX).hasSize(MessageIds.SYNTHETIC_PREFIX.length() + 64);
        assertThat(again.messageId()).isEqualTo(first.messageId());
        ParsedEmail otherBody = parser.parse(TestMail.from("ann@example.org", null, "No id").body("Other text").bytes());
        assertThat(otherBody.messageId()).isNotEqualTo(first.messageId());
        ParsedEmail otherSender = parser.parse(TestMail.from("bob@example.org", null, "No id").bytes());
        assertThat(otherSender.messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void aDeliveryStatusNotificationYieldsTheFailedRecipient() throws Exception {
        ParsedEmail bounce = parse("bounces/sisimai__set-of-emails/bsd/lhost-postfix-01.eml");
        assertThat(bounce.report()).hasValueSatisfying(r -> {
            assertThat(r.isDeliveryStatus()).isTrue();
            assertThat(r.failedRecipients()).containsExactly("r@p351355.pool.example.ne.jp");
        });
        ParsedEmail exim = parse("bounces/cfortune__PHP-Bounce-Handler/11.eml");
        assertThat(exim.report()).hasValueSatisfying(r -> assertThat(r.failedRecipients()).isNotEmpty());
    }

    @Test
    void malformedMessagesParseWithProblemsInsteadOfFailing() throws Exception {
        ParsedEmail cte = parse("general/mikel__mail/error_emails/content_transfer_encoding_plain.eml");
        assertThat(cte.problems()).anyMatch(p -> p.contains("Unknown encoding"));
        assertThat(cte.bodyText()).isNotBlank();
        ParsedEmail boundary = parse("general/mikel__mail/error_emails/bad_date_header2.eml");
        assertThat(boundary.problems()).anyMatch(p -> p.contains("could not be split into parts"));
        assertThat(boundary.subject()).isEqualTo("40% OFF holiday patterns and fabric!");
        ParsedEmail leadingBlankLine = parse("bounces/cfortune__PHP-Bounce-Handler/exchange1.eml");
        assertThat(leadingBlankLine.from()).hasValueSatisfying(a -> assertThat(a.address())
                .isEqualTo("postmaster@tecosroot.com"));
    }

    @Test
    void everyMessageOfTheCorpusParses() throws Exception {
        List<String> rows = Files.readAllLines(Fixtures.root().resolve("INDEX.tsv")).stream().skip(1)
                .map(l -> l.split("\t")).filter(c -> c[3].equals("rfc5322")).map(c -> c[0]).toList();
        // the subset's complete messages: 30 support, 128 general, 131 bounces, 14 auto-replies, 14 replies
        assertThat(rows).hasSize(317);
        for (String path : rows) {
            assertThatCode(() -> {
                ParsedEmail mail = parser.parse(Fixtures.bytes(path));
                assertThat(mail.messageId()).isNotBlank().hasSizeLessThanOrEqualTo(255);
            }).as(path).doesNotThrowAnyException();
        }
    }

    private ParsedEmail parse(String path) throws MalformedEmailException {
        return parser.parse(Fixtures.bytes(path));
    }
}
