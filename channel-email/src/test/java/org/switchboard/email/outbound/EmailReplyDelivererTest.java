package org.switchboard.email.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;

/** SMTP delivery into a real (GreenMail) server, every header checked on the received message. */
class EmailReplyDelivererTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServers.extension();

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC);

    private final TestDatabase db = TestDatabase.get();
    private final ThreadIndex threads = db.port(ThreadIndex.class, JpaThreadIndex::new);
    private final BounceRegistry bounces = db.port(BounceRegistry.class, JpaBounceRegistry::new);

    @BeforeEach
    void clean() {
        db.clean();
    }

    private EmailReplyDeliverer deliverer(Map<String, String> extra) {
        EmailSettings settings = MailServers.settings(GREEN_MAIL, extra);
        return new EmailReplyDeliverer(settings, threads, bounces, new SmtpSender(settings), CLOCK);
    }

    private static ConversationRef ref() {
        return new ConversationRef(Channel.EMAIL, "<root@example.org>", Map.of(
                EmailConversation.TO, "ann@example.org",
                EmailConversation.TO_NAME, "Ann Example",
                EmailConversation.SUBJECT, "Where is my order?",
                EmailConversation.MESSAGE_ID, "<second@example.org>",
                EmailConversation.REFERENCES, "<root@example.org> <second@example.org>"));
    }

    @Test
    void theReplyIsThreadedMarkedAsAutomatedAndRecorded() throws Exception {
        db.sql("INSERT INTO customers (id, display_name, created_at) VALUES (3, 'Ann', NOW())",
                "INSERT INTO conversations (id, channel, external_key, conversation_ref, customer_id, status,"
                        + " active_agent, created_at, updated_at) VALUES (30, 'EMAIL', '<root@example.org>', '{}', 3,"
                        + " 'OPEN', 'triage', NOW(), NOW())",
                "INSERT INTO tickets (id, customer_id, conversation_id, subject, description, status, created_at)"
                        + " VALUES (1234, 3, 30, 'Lost parcel', 'd', 'OPEN', NOW())");

        String id = deliverer(Map.of(EmailSettings.SMTP_AUTH, "true"))
                .deliver(new OutboundReply(77, ref(), "Your parcel ships today. Grüße!"));

        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(received.getMessageID()).isEqualTo(id).endsWith("@example.com>");
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(MailServers.SUPPORT);
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Example Support");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo("ann@example.org");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getPersonal()).isEqualTo("Ann Example");
        assertThat(received.getSubject()).isEqualTo("Re: Where is my order? [#1234]");
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<second@example.org>");
        assertThat(received.getHeader("References", null)).isEqualTo("<root@example.org> <second@example.org>");
        assertThat(received.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(received.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
        assertThat(received.getHeader("X-Switchboard-Loop", null)).isEqualTo(MailServers.SUPPORT);
        assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) received.getContent()).strip()).isEqualTo("Your parcel ships today. Grüße!");
        assertThat(received.getSentDate().toInstant()).isEqualTo(CLOCK.instant());
        // the id is recorded for the conversation, so the customer's answer to it threads
        assertThat(threads.firstKnown(java.util.List.of(id))).contains("<root@example.org>");
    }

    @Test
    void aPersonsReplyIsNotAnAutomaticResponseAndNamesThePerson() throws Exception {
        ConversationRef byDana = new org.switchboard.core.channel.ReplyAuthor("dana", "Dana Agent").stamp(ref());

        deliverer(Map.of()).deliver(new OutboundReply(78, byDana, "Hello Ann, I refunded it."));

        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = GREEN_MAIL.getReceivedMessages()[0];
        assertThat(((InternetAddress) received.getFrom()[0]).getAddress()).isEqualTo(MailServers.SUPPORT);
        assertThat(((InternetAddress) received.getFrom()[0]).getPersonal()).isEqualTo("Dana Agent (Example Support)");
        assertThat(received.getHeader("Auto-Submitted")).isNull();
        assertThat(received.getHeader("X-Auto-Response-Suppress")).isNull();
        assertThat(received.getHeader("In-Reply-To", null)).isEqualTo("<second@example.org>");
    }

    @Test
    void aRetryOfTheSameOutboxEntryReusesItsMessageId() throws Exception {
        EmailReplyDeliverer deliverer = deliverer(Map.of());
        String first = deliverer.deliver(new OutboundReply(5, ref(), "One"));
        String again = deliverer.deliver(new OutboundReply(5, ref(), "One"));
        String other = deliverer.deliver(new OutboundReply(6, ref(), "Two"));
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(GREEN_MAIL.waitForIncomingEmail(5000, 3)).isTrue();
        assertThat(GREEN_MAIL.getReceivedMessages()).extracting(MimeMessage::getMessageID)
                .containsExactly(first, first, other);
    }

    @Test
    void anAddressThatBouncedIsNotMailedAgain() {
        bounces.markUndeliverable("ann@example.org", "bounce", "<b@x>", CLOCK.instant());
        assertThatThrownBy(() -> deliverer(Map.of()).deliver(new OutboundReply(8, ref(), "Hello")))
                .isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("undeliverable");
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    }

    @Test
    void missingRecipientOrConfigurationIsPermanent() {
        ConversationRef noRecipient = new ConversationRef(Channel.EMAIL, "<k@x>", Map.of());
        assertThatThrownBy(() -> deliverer(Map.of()).deliver(new OutboundReply(1, noRecipient, "x")))
                .isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("recipient");
        EmailSettings noSmtp = EmailSettings.from(name -> java.util.Optional.empty());
        assertThatThrownBy(() -> new EmailReplyDeliverer(noSmtp, threads, bounces, new SmtpSender(noSmtp), CLOCK)
                .deliver(new OutboundReply(2, ref(), "x")))
                .isInstanceOf(PermanentDeliveryException.class).hasMessageContaining("MAIL_SMTP_HOST");
    }

    @Test
    void anUnreachableServerIsATransientFailure() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        EmailReplyDeliverer deliverer = deliverer(Map.of(EmailSettings.SMTP_PORT, Integer.toString(closedPort)));
        assertThatThrownBy(() -> deliverer.deliver(new OutboundReply(9, ref(), "x")))
                .isInstanceOf(SmtpTransientException.class).isInstanceOf(RetryableDeliveryException.class);
    }
}
