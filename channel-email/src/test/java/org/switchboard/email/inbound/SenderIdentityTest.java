package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.SenderIdentity;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.loop.ReplyRateLimiter;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.support.LogCapture;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;
import org.switchboard.email.threading.ThreadResolver;

/**
 * Issue 19, critical finding: who an email customer is, and where the reply goes. Only a From address the trusted
 * receiving server authenticated is a verified identity; a forged From with a Reply-To elsewhere gets an unverified
 * identity, its reply goes to the From address (never the Reply-To), and both decisions are logged (control
 * characters neutralised) and audited.
 */
class SenderIdentityTest {

    private static final String TRUSTED = "mx.support.example";
    private final TestDatabase db = TestDatabase.get();

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void anAuthenticatedFromIsTheVerifiedIdentityAndASameDomainReplyToIsUsed() {
        ProcessedMail processed = processor(TRUSTED).process(TestMail.from("Jane <jane@customer.example>",
                        "<pass-1@customer.example>", "Where is my order?")
                .header("Reply-To", "orders@customer.example")
                .header("Authentication-Results", TRUSTED + "; dkim=pass header.d=customer.example;"
                        + " dmarc=pass (p=reject) header.from=customer.example").bytes(), Instant.now());

        SenderIdentity sender = processed.message().sender();
        assertThat(sender.externalId()).isEqualTo("jane@customer.example");
        assertThat(sender.verified()).isTrue();
        assertThat(processed.message().conversation().attribute(EmailConversation.TO))
                .isEqualTo("orders@customer.example");
        assertThat(processed.message().conversation().attribute(EmailConversation.SENDER_AUTHENTICATED))
                .isEqualTo("true");
        assertThat(processed.flags()).isEmpty();
    }

    @Test
    void aForgedFromWithAForeignReplyToIsUnverifiedAndTheReplyGoesToTheFromAddress() {
        try (LogCapture logs = LogCapture.start()) {
            ProcessedMail processed = processor(TRUSTED).process(TestMail.from("Victim <victim@customer.example>",
                            "<forged-1@attacker.example>", "My orders")
                    .header("Reply-To", "collect@attacker.example")
                    .header("Authentication-Results", TRUSTED + "; spf=pass smtp.mailfrom=attacker.example;"
                            + " dkim=none; dmarc=fail (p=none) header.from=customer.example")
                    .bytes(), Instant.now());

            SenderIdentity sender = processed.message().sender();
            assertThat(sender.externalId()).isEqualTo("unverified:victim@customer.example");
            assertThat(sender.verified()).isFalse();
            assertThat(processed.message().noReplyReason()).as("still answered (help center)").isNull();
            assertThat(processed.message().conversation().attribute(EmailConversation.TO))
                    .isEqualTo("victim@customer.example");
            assertThat(processed.message().conversation().attribute(EmailConversation.IGNORED_REPLY_TO))
                    .isEqualTo("collect@attacker.example");
            assertThat(processed.flags()).extracting(ProcessedMail.Flag::action)
                    .containsExactly("email.sender-unverified", "email.reply-to-ignored");
            assertThat(processed.flags().get(0).details()).contains("dmarc=fail", TRUSTED);
            assertThat(logs.messages(Level.INFO)).anySatisfy(m -> assertThat(m)
                    .contains("is not authenticated", "email.sender-unverified").doesNotContain("victim@"));
        }
    }

    @Test
    void anAuthenticatedSendersReplyToOnAnotherDomainIsRecordedButNeverWrittenTo() {
        ProcessedMail processed = processor(TRUSTED).process(TestMail.from("jane@customer.example",
                        "<pass-2@customer.example>", "Address change")
                .header("Reply-To", "jane@elsewhere.example")
                .header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=customer.example").bytes(),
                Instant.now());

        assertThat(processed.message().sender().verified()).isTrue();
        assertThat(processed.message().conversation().attribute(EmailConversation.TO))
                .isEqualTo("jane@customer.example");
        assertThat(processed.flags()).singleElement().satisfies(f -> {
            assertThat(f.action()).isEqualTo("email.reply-to-ignored");
            assertThat(f.details()).contains("jane@elsewhere.example", "another domain");
        });
    }

    @Test
    void aHeaderFromAnUntrustedServerOrNoTrustedIdAtAllNeverVerifies() {
        byte[] selfAsserted = TestMail.from("victim@customer.example", "<self-1@attacker.example>", "Orders")
                .header("Authentication-Results", "mx.attacker.example; dmarc=pass header.from=customer.example")
                .bytes();
        assertThat(processor(TRUSTED).process(selfAsserted, Instant.now()).message().sender().verified()).isFalse();

        byte[] realShaped = TestMail.from("jane@customer.example", "<self-2@customer.example>", "Orders")
                .header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=customer.example").bytes();
        ProcessedMail unconfigured = processor(null).process(realShaped, Instant.now());
        assertThat(unconfigured.message().sender().externalId()).isEqualTo("unverified:jane@customer.example");
        assertThat(unconfigured.flags()).as("no per-message audit noise when the feature is off").isEmpty();
    }

    @Test
    void conflictingTrustedHeadersDoNotVerify() {
        ProcessedMail processed = processor(TRUSTED).process(TestMail.from("victim@customer.example",
                        "<conflict-1@attacker.example>", "Orders")
                .header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=customer.example")
                .header("Authentication-Results", TRUSTED + "; dmarc=fail header.from=customer.example")
                .bytes(), Instant.now());
        assertThat(processed.message().sender().verified()).isFalse();
        assertThat(processed.flags().get(0).details()).contains("disagree");
    }

    @Test
    void controlCharactersFromTheMessageCannotForgeALogLine() {
        try (LogCapture logs = LogCapture.start()) {
            processor(TRUSTED).process(TestMail.from("victim@customer.example",
                            "<crlf-1@attacker.example>", "Orders")
                    .header("Authentication-Results", TRUSTED + "; dmarc=fail header.from=customer.example"
                            + " (\u0085SEVERE fake line\u2028)").bytes(), Instant.now());
            assertThat(logs.messages(Level.INFO)).allSatisfy(m -> assertThat(m)
                    .doesNotContain("\n", "\r", "\u0085", "\u2028"));
        }
    }

    @Test
    void theRateLimitCountsTheRecipient() {
        InboundMailProcessor processor = processor(TRUSTED);
        String pass = TRUSTED + "; dmarc=pass header.from=customer.example";
        ProcessedMail first = processor.process(TestMail.from("a@customer.example", "<r-1@customer.example>", "One")
                .header("Reply-To", "team@customer.example").header("Authentication-Results", pass).bytes(),
                Instant.now());
        ProcessedMail second = processor.process(TestMail.from("b@customer.example", "<r-2@customer.example>", "Two")
                .header("Reply-To", "team@customer.example").header("Authentication-Results", pass).bytes(),
                Instant.now());
        assertThat(first.flags()).isEmpty();
        assertThat(second.flags()).extracting(ProcessedMail.Flag::action).containsExactly("email.rate-deferred");
        assertThat(second.flags().get(0).details()).contains("team@customer.example");
    }

    @Test
    void aStrangersReplyIntoACustomersThreadStartsItsOwnConversationAndIsAudited() {
        InboundMailProcessor processor = processor(TRUSTED);
        String pass = TRUSTED + "; dmarc=pass header.from=customer.example";
        ProcessedMail first = processor.process(TestMail.from("jane@customer.example", "<thread-1@customer.example>",
                "Order").header("Authentication-Results", pass).bytes(), Instant.now());
        ProcessedMail hijack = processor.process(TestMail.from("eve@elsewhere.example", "<thread-2@elsewhere.example>",
                        "Re: Order").header("In-Reply-To", "<thread-1@customer.example>")
                .header("Authentication-Results", TRUSTED + "; dmarc=pass header.from=elsewhere.example").bytes(),
                Instant.now());

        assertThat(hijack.message().conversation().key()).isEqualTo("<thread-2@elsewhere.example>")
                .isNotEqualTo(first.message().conversation().key());
        assertThat(hijack.flags()).extracting(ProcessedMail.Flag::action).containsExactly("email.thread-join-refused");
        assertThat(hijack.message().conversation().attribute(EmailConversation.TO)).isEqualTo("eve@elsewhere.example");
    }

    private InboundMailProcessor processor(String trusted) {
        Map<String, String> values = trusted == null ? Map.of(EmailSettings.USER, MailServers.SUPPORT)
                : Map.of(EmailSettings.USER, MailServers.SUPPORT, EmailSettings.TRUSTED_AUTHSERV_ID, trusted);
        EmailSettings settings = EmailSettings.from(name -> Optional.ofNullable(values.get(name)));
        return new InboundMailProcessor(settings, new EmailParser(),
                new LoopGuard(InboundMailProcessor.ownAddresses(settings), settings.loopHeader()),
                new ThreadResolver(db.port(ThreadIndex.class, JpaThreadIndex::new)),
                new ReplyRateLimiter(db.port(ReplyLedger.class, JpaReplyLedger::new), Duration.ofSeconds(300), 40),
                db.port(BounceRegistry.class, JpaBounceRegistry::new), Clock.systemUTC());
    }
}
