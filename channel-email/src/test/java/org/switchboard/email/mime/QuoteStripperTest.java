package org.switchboard.email.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.switchboard.email.support.Fixtures;

/** The quote and signature stripper on the reply-parser fixtures of GitHub, Crisp, Zapier, willdurand and talon. */
class QuoteStripperTest {

    /** The Lorem ipsum reply the Crisp and willdurand fixtures put above their quoted history. */
    private static final String LOREM_END = "et mollis ligula rutrum quis. Fusce sed odio id arcu varius aliquet nec nec nibh.";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // file | the new text ends with | and does not contain
            "github__email_reply_parser/email_1_3.txt | Having the function would be great. | Russell Brown",
            "github__email_reply_parser/email_1_4.txt | I haven't had another problem with it. | wrote",
            "github__email_reply_parser/email_1_8.txt | and under this. | >",
            "github__email_reply_parser/email_2_1.txt | Outlook with a reply | Google Apps Sync",
            "github__email_reply_parser/email_2_2.txt | Outlook with a reply directly above line | From:",
            "github__email_reply_parser/email_BlackBerry.txt | Here is another email | BlackBerry",
            "github__email_reply_parser/email_iPhone.txt | Here is another email | iPhone",
            "github__email_reply_parser/email_multi_word_sent_from_my_mobile_device.txt | Here is another email | Sent from",
            "github__email_reply_parser/email_sent_from_my_not_signature.txt | is much easier then my mobile phone. | >",
            "github__email_reply_parser/email_sig_delimiter_in_middle_of_line.txt | kthxbai | >",
            "github__email_reply_parser/greedy_on.txt | fails, the tunnel is not working. | George Plymale",
            "github__email_reply_parser/email_one_is_not_on.txt | Locally (on development), when I run... | Dave Tapley",
            "github__email_reply_parser/pathological.txt | get back to a computer. | >",
            "zapier__email-reply-parser/email_gmail.txt | This is a test for inbox replying to a github message. | wrote",
            "zapier__email-reply-parser/email_headers_no_delimiter.txt | And another reply! | From:",
            "crisp-oss__email-reply-parser/email_german.txt | " + LOREM_END + " | schrieb",
            "crisp-oss__email-reply-parser/email_german_outlook.txt | " + LOREM_END + " | Ursprüngliche",
            "crisp-oss__email-reply-parser/email_french_dash_separator.txt | " + LOREM_END + " | De :",
            "crisp-oss__email-reply-parser/email_italian.txt | " + LOREM_END + " | scritto",
            "crisp-oss__email-reply-parser/email_portuguese.txt | " + LOREM_END + " | escreveu",
            "crisp-oss__email-reply-parser/email_russian.txt | " + LOREM_END + " | привет",
            "crisp-oss__email-reply-parser/email_finnish.txt | " + LOREM_END + " | kirjoitti",
            "crisp-oss__email-reply-parser/email_danish_dash_separator.txt | " + LOREM_END + " | Fra:",
            "crisp-oss__email-reply-parser/email_22.txt | " + LOREM_END + " | John - Doe",
            "crisp-oss__email-reply-parser/email_24.txt | " + LOREM_END + " | When are you available?",
            "crisp-oss__email-reply-parser/email_9.txt | " + LOREM_END + " | Message du",
            "crisp-oss__email-reply-parser/email_ios_outlook.txt | " + LOREM_END + " | Get Outlook",
            "crisp-oss__email-reply-parser/email_outlook_split_line_from.txt | " + LOREM_END + " | Human Resources",
            "crisp-oss__email-reply-parser/email_gmail_split_line_from.txt | " + LOREM_END + " | wrote",
            "crisp-oss__email-reply-parser/email_zoho.txt | running a test? | Java sucks",
            "crisp-oss__email-reply-parser/email_tricky_9_nested_quotes.txt | I agree with the points below. | >",
            "crisp-oss__email-reply-parser/email_tricky_11_double_signature.txt | John | Senior Developer",
            "crisp-oss__email-reply-parser/email_tricky_16_unicode_signatures.txt | Sarah | Product Manager",
            "crisp-oss__email-reply-parser/email_reply_header.txt | Stranger | mrmister",
            "willdurand__EmailReplyParser/email_norwegian_gmail.txt | " + LOREM_END + " | skrev",
            // a quoted line whose client wrapped it without ">" stays: it cannot be told from new text
            "willdurand__EmailReplyParser/email_8.txt | eget accumsan est viverra quis. Pellentesque\" | schreef",
            "willdurand__EmailReplyParser/email_23.txt | " + LOREM_END + " | написав",
            "willdurand__EmailReplyParser/email_customer_quote_header_3.txt | merci d'avance | Objet",
            "willdurand__EmailReplyParser/email_thread.txt | This is new email reply in thread from bellow. | wrote",
    })
    void keepsTheNewTextAndDropsTheQuote(String file, String endsWith, String absent) {
        String stripped = QuoteStripper.strip(fragment(file));
        assertThat(stripped).endsWith(endsWith.strip());
        assertThat(stripped).doesNotContain(absent.strip());
    }

    @Test
    void anInlineReplyKeepsEveryAnswerBetweenTheQuotes() {
        assertThat(QuoteStripper.strip(fragment("crisp-oss__email-reply-parser/email_tricky_18_inline_reply.txt")))
                .isEqualTo("I think option A is great.\n\nOption B has some drawbacks.\n\n"
                        + "Option C is not suitable for our use case.");
        assertThat(QuoteStripper.strip(fragment("crisp-oss__email-reply-parser/email_tricky_19_quote_without_header.txt")))
                .isEqualTo("I wanted to respond to your points:\n\nMy response to the quoted text above.\n\n"
                        + "And my final thoughts.");
    }

    @Test
    void aBottomPostedReplyKeepsTheAnswerBelowTheQuote() {
        String stripped = QuoteStripper.strip(fragment("github__email_reply_parser/email_1_2.txt"));
        assertThat(stripped).startsWith("Hi,\n\nYou can list the keys for the bucket");
        assertThat(stripped).contains("would do it.").doesNotContain("Abhishek Kona wrote", "riak-users mailing list");
    }

    @Test
    void textThatOnlyLooksLikeHeadersOrSignaturesIsKept() {
        for (String file : List.of("email_tricky_1_on_false_positive.txt", "email_tricky_2_url_with_wrote.txt",
                "email_tricky_3_code_block.txt", "email_tricky_4_from_in_body.txt",
                "email_tricky_6_regards_in_sentence.txt", "email_tricky_8_sent_from_in_content.txt",
                "email_tricky_13_timestamp_variations.txt", "email_not_a_signature_2.txt")) {
            String original = fragment("crisp-oss__email-reply-parser/" + file).strip();
            assertThat(QuoteStripper.strip(original)).as(file).isEqualTo(HtmlToText.tidy(original));
        }
    }

    @Test
    void htmlRepliesOfEveryClientInTalonsFixturesComeDownToTheSameAnswer() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("replies/mailgun__talon/html_replies"))) {
            List<Path> html = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(html).hasSize(9);
            for (Path p : html) {
                String text = QuoteStripper.strip(HtmlToText.convertNewContent(Files.readString(p)));
                assertThat(text.replaceAll("\\s+", " ")).as(p.getFileName().toString())
                        .isEqualTo("Hi. I am fine. Thanks, Alex");
            }
        }
    }

    @Test
    void standardRepliesOfTwelveMailClientsAreAnsweredOnHello() throws Exception {
        EmailParser parser = new EmailParser();
        try (Stream<Path> files = Files.list(Fixtures.root().resolve("replies/mailgun__talon/standard_replies"))) {
            List<Path> eml = files.sorted().toList();
            assertThat(eml).hasSize(12);
            for (Path p : eml) {
                assertThat(parser.parse(Files.readAllBytes(p)).replyText()).as(p.getFileName().toString())
                        .isEqualTo("Hello");
            }
        }
    }

    static Stream<Path> textFragments() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.root().resolve("replies"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("textFragments")
    void everyFragmentKeepsSomeTextAndNoQuotedLine(Path file) throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        String stripped = QuoteStripper.strip(original);
        assertThat(stripped).isNotBlank();
        assertThat(stripped.lines()).noneMatch(l -> l.startsWith(">"));
        assertThat(stripped.length()).isLessThanOrEqualTo(original.length());
    }

    private static String fragment(String relative) {
        return Fixtures.text("replies/" + relative);
    }
}
