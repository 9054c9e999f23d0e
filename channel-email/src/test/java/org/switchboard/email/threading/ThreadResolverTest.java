package org.switchboard.email.threading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.mime.MalformedEmailException;
import org.switchboard.email.mime.ParsedEmail;
import org.switchboard.email.support.Fixtures;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.support.TestMail;

/** Threading through the real {@code email_message_ids} table and the core's ticket tables. */
class ThreadResolverTest {

    private static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

    private final TestDatabase db = TestDatabase.get();
    private final ThreadIndex index = db.port(ThreadIndex.class, JpaThreadIndex::new);
    private final ThreadResolver resolver = new ThreadResolver(index);
    private final EmailParser parser = new EmailParser();

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void aNewMessageStartsAConversationKeyedByItsMessageId() throws Exception {
        ParsedEmail first = parse(TestMail.from("Ann <ann@example.org>", "<first@example.org>", "Where is my order?"));
        assertThat(resolver.resolve(first, Optional.of("ann@example.org"), NOW)).isEqualTo("<first@example.org>");
        assertThat(db.count("SELECT COUNT(*) FROM email_message_ids WHERE message_id = '<first@example.org>'"
                + " AND conversation_key = '<first@example.org>' AND direction = 'INBOUND'")).isEqualTo(1);
    }

    @Test
    void aReplyToOurReplyJoinsTheConversationByInReplyTo() throws Exception {
        resolver.resolve(parse(TestMail.from("ann@example.org", "<first@example.org>", "Order")),
                Optional.of("ann@example.org"), NOW);
        String ours = index.outboundMessageId(41, "<first@example.org>", () -> "<reply-41@support.example.com>", NOW);

        ParsedEmail answer = parse(TestMail.from("ann@example.org", "<second@example.org>", "Re: Order")
                .header("In-Reply-To", ours)
                .header("References", "<first@example.org> " + ours));
        assertThat(resolver.resolve(answer, Optional.of("ann@example.org"), NOW)).isEqualTo("<first@example.org>");
    }

    @Test
    void referencesAreFollowedNewestFirstWhenInReplyToIsUnknown() throws Exception {
        resolver.resolve(parse(TestMail.from("ann@example.org", "<root@example.org>", "Order")),
                Optional.of("ann@example.org"), NOW);
        ParsedEmail late = parse(TestMail.from("ann@example.org", "<late@example.org>", "Re: Order")
                .header("In-Reply-To", "<never-seen@example.org>")
                .header("References", "<root@example.org> <never-seen@example.org>"));
        assertThat(resolver.resolve(late, Optional.of("ann@example.org"), NOW)).isEqualTo("<root@example.org>");
        // the id we had not seen is now known too, so a reply to it joins as well
        assertThat(index.firstKnown(java.util.List.of("<never-seen@example.org>"))).contains("<root@example.org>");
    }

    /**
     * Issue 19, email thread hijack: someone else replying to (or naming in References) a customer's thread, e.g.
     * after a forward or a leak, starts a conversation of their own instead of joining it and taking over its reply
     * address; the customer's own reply still joins.
     */
    @Test
    void aStrangerNamingTheThreadStartsAConversationOfTheirOwn() throws Exception {
        resolver.resolve(parse(TestMail.from("ann@example.org", "<root@example.org>", "Order")),
                Optional.of("ann@example.org"), NOW);
        String ours = index.outboundMessageId(42, "<root@example.org>", () -> "<reply-42@support.example.com>", NOW);

        ParsedEmail hijack = parse(TestMail.from("mallory@example.net", "<hijack@example.net>", "Re: Order")
                .header("In-Reply-To", ours).header("References", "<root@example.org> " + ours));
        ThreadResolver.Threading thread = resolver.threadOf(hijack, Optional.of("mallory@example.net"), NOW);
        assertThat(thread.conversationKey()).isEqualTo("<hijack@example.net>");
        assertThat(thread.refusedJoin()).contains("<root@example.org>");
        assertThat(index.inboundSenders("<root@example.org>")).containsExactly("ann@example.org");

        ParsedEmail fromAnn = parse(TestMail.from("Ann <Ann@Example.org>", "<ann-2@example.org>", "Re: Order")
                .header("In-Reply-To", ours));
        ThreadResolver.Threading annThread = resolver.threadOf(fromAnn, Optional.of("ann@example.org"), NOW);
        assertThat(annThread.conversationKey()).isEqualTo("<root@example.org>");
        assertThat(annThread.refusedJoin()).isEmpty();
    }

    @Test
    void theSameMessageFetchedTwiceStaysInItsConversation() throws Exception {
        ParsedEmail mail = parse(TestMail.from("ann@example.org", "<once@example.org>", "Hello"));
        String key = resolver.resolve(mail, Optional.of("ann@example.org"), NOW);
        assertThat(resolver.resolve(mail, Optional.of("ann@example.org"), NOW)).isEqualTo(key);
        assertThat(db.count("SELECT COUNT(*) FROM email_message_ids")).isEqualTo(1);
    }

    @Test
    void theTicketTagJoinsTheTicketsConversationOnlyForTheTicketsCustomer() throws Exception {
        db.sql("INSERT INTO customers (id, display_name, created_at) VALUES (7, 'Ann', NOW())",
                "INSERT INTO channel_identities (customer_id, channel, external_id, created_at)"
                        + " VALUES (7, 'EMAIL', 'ann@example.org', NOW())",
                "INSERT INTO conversations (id, channel, external_key, conversation_ref, customer_id, status,"
                        + " active_agent, created_at, updated_at) VALUES (70, 'EMAIL', '<root@example.org>', '{}', 7,"
                        + " 'OPEN', 'triage', NOW(), NOW())",
                "INSERT INTO tickets (id, customer_id, conversation_id, subject, description, status, created_at)"
                        + " VALUES (1234, 7, 70, 'Lost parcel', 'd', 'OPEN', NOW())");

        ParsedEmail fromAnn = parse(TestMail.from("Ann <ANN@example.org>", "<new@example.org>",
                "Still waiting [#1234]"));
        assertThat(resolver.resolve(fromAnn, Optional.of("ann@example.org"), NOW)).isEqualTo("<root@example.org>");

        ParsedEmail fromMallory = parse(TestMail.from("mallory@example.net", "<evil@example.net>",
                "Show me [#1234]"));
        assertThat(resolver.resolve(fromMallory, Optional.of("mallory@example.net"), NOW))
                .isEqualTo("<evil@example.net>");
        assertThat(index.latestTicket("<root@example.org>")).hasValue(1234);
        assertThat(index.latestTicket("<evil@example.net>")).isEmpty();
    }

    @Test
    void aBounceJoinsTheConversationOfTheReplyItReturns() throws Exception {
        resolver.resolve(parse(TestMail.from("ann@example.org", "<root@example.org>", "Order")),
                Optional.of("ann@example.org"), NOW);
        index.outboundMessageId(5, "<root@example.org>", () -> "<sent-5@support.example.com>", NOW);
        String dsn = """
                From: MAILER-DAEMON@mx.example.org
                To: support@example.com
                Message-ID: <dsn-1@mx.example.org>
                Subject: Undelivered Mail Returned to Sender
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="b"

                --b
                Content-Type: text/plain

                Your message could not be delivered.
                --b
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.org

                Final-Recipient: rfc822; ann@example.org
                Action: failed
                Status: 5.1.1
                --b
                Content-Type: text/rfc822-headers

                From: Support <support@example.com>
                To: ann@example.org
                Message-ID: <sent-5@support.example.com>
                Subject: Re: Order
                --b--
                """;
        ParsedEmail bounce = parser.parse(dsn.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(bounce.report()).isPresent();
        assertThat(bounce.report().get().failedRecipients()).containsExactly("ann@example.org");
        assertThat(resolver.resolve(bounce, Optional.of("mailer-daemon@mx.example.org"), NOW))
                .isEqualTo("<root@example.org>");
    }

    @Test
    void theOutboundMessageIdIsMintedOnceAndReusedOnEveryRetry() {
        String first = index.outboundMessageId(9, "<c@example.org>", () -> "<one@support.example.com>", NOW);
        String second = index.outboundMessageId(9, "<c@example.org>", () -> "<two@support.example.com>", NOW);
        assertThat(first).isEqualTo("<one@support.example.com>");
        assertThat(second).isEqualTo(first);
        assertThat(db.count("SELECT COUNT(*) FROM email_message_ids WHERE outbox_id = 9 AND direction = 'OUTBOUND'"))
                .isEqualTo(1);
    }

    @Test
    void aRealCustomerThreadFromTheCorpusJoinsItsRoot() throws Exception {
        // a real support mail from the corpus, then a reply to it
        ParsedEmail root = parser.parse(Fixtures.bytes("support/chatwoot__chatwoot/support.eml"));
        String key = resolver.resolve(root, root.from().map(a -> a.address()), NOW);
        // from the same customer: since issue 19 only the conversation's own senders join it
        String customer = root.from().orElseThrow().address();
        ParsedEmail reply = parse(TestMail.from(customer, "<follow-up@example.org>", "Re: " + root.subject())
                .header("In-Reply-To", root.messageId()));
        assertThat(resolver.resolve(reply, Optional.of(customer), NOW)).isEqualTo(key);
    }

    private ParsedEmail parse(TestMail mail) throws MalformedEmailException {
        return parser.parse(mail.bytes());
    }
}
