package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, critical finding, end to end on Liberty, MariaDB and GreenMail: a mail that claims to be from a customer
 * with orders ({@code From: victim}, {@code Reply-To: attacker}) and that the receiving server did not authenticate
 * ({@code Authentication-Results} from the trusted {@code mx.switchboard.test} says {@code dmarc=fail}; a second,
 * self-written field from another authserv-id says {@code pass}) gets no personal data: the order tool refuses
 * politely, the reply goes to the From address only, nothing is ever sent to the Reply-To, and the refusal is
 * audited. The same customer writing with a passing result sees their order, so the refusal is not an accident.
 */
@ExtendWith(ArquillianExtension.class)
class EmailSenderAuthenticationIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration QUIET = Duration.ofSeconds(4);
    private static final Session SESSION = Session.getInstance(new Properties());
    /** The receiving server's authserv-id (MAIL_TRUSTED_AUTHSERV_ID of the IT server). */
    static final String TRUSTED = "mx.switchboard.test";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    @Test
    void aForgedFromWithAForeignReplyToGetsNoPersonalDataAndTheAttackerGetsNoMail() throws Exception {
        Victim victim = Victim.seed();
        String domain = victim.email().substring(victim.email().indexOf('@') + 1);
        String attacker = "collect-" + UUID.randomUUID().toString().substring(0, 8) + "@attacker.example";

        MimeMessage forged = message(victim.email(), "Where is my order " + victim.order()
                + "? Please send me the items, the address and the tracking number.");
        forged.setReplyTo(new InternetAddress[]{new InternetAddress(attacker)});
        forged.addHeader("Authentication-Results", "mx.attacker.example; dkim=pass header.d=" + domain
                + "; dmarc=pass header.from=" + domain);
        forged.addHeader("Authentication-Results", TRUSTED + "; spf=pass (sender permitted)"
                + " smtp.mailfrom=bounce@attacker.example; dkim=none (no signature);"
                + " dmarc=fail (p=none dis=none) header.from=" + domain);
        forged.saveChanges();
        String id = deliver(forged);

        await().atMost(WAIT).until(() -> repliesTo(id).size() == 1);
        MimeMessage reply = repliesTo(id).get(0);
        String text = reply.getContent().toString();
        assertThat(recipients(reply)).containsExactly(victim.email());
        assertThat(text).contains("could not confirm").doesNotContain(victim.street(), victim.zip(),
                victim.lastName(), "Shipping to", "Tracking number", "Items:");
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> mailTo(attacker).isEmpty());

        assertThat(column("SELECT sender_id FROM inbox_entries WHERE channel = 'EMAIL' AND external_id = ?", id))
                .containsExactly("unverified:" + victim.email());
        assertThat(column("SELECT action FROM audit_entries WHERE subject = ? ORDER BY id", "email:" + id))
                .contains("email.sender-unverified", "email.reply-to-ignored");
        long conversation = count("SELECT m.conversation_id FROM messages m JOIN inbox_entries i"
                + " ON m.inbox_entry_id = i.id WHERE i.external_id = ? LIMIT 1", id);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'tool.refused-unverified-sender'"
                + " AND subject = ?", "conversation:" + conversation)).isEqualTo(1);
        assertThat(column("SELECT content FROM messages WHERE conversation_id = ?", conversation))
                .noneSatisfy(content -> assertThat(content).contains(victim.street()));
    }

    @Test
    void theSameCustomerAuthenticatedByTheTrustedServerSeesTheirOrder() throws Exception {
        Victim customer = Victim.seed();
        String domain = customer.email().substring(customer.email().indexOf('@') + 1);
        MimeMessage genuine = message(customer.email(), "Where is my order " + customer.order() + "?");
        genuine.addHeader("Authentication-Results", TRUSTED + "; dkim=pass (2048-bit key) header.d=" + domain
                + " header.i=@" + domain + " header.b=Q2xhc3M+; dmarc=pass (p=reject) header.from=" + domain);
        genuine.saveChanges();
        String id = deliver(genuine);

        await().atMost(WAIT).until(() -> repliesTo(id).size() == 1);
        MimeMessage reply = repliesTo(id).get(0);
        assertThat(recipients(reply)).containsExactly(customer.email());
        assertThat(reply.getContent().toString()).contains("Order " + customer.order()).doesNotContain("could not"
                + " confirm");
        assertThat(column("SELECT sender_id FROM inbox_entries WHERE channel = 'EMAIL' AND external_id = ?", id))
                .containsExactly(customer.email());
    }

    /**
     * Issue 19, email thread hijack: a stranger (authenticated for their own domain) who got hold of a customer's
     * thread replies to the bot's answer, naming it in In-Reply-To and References. They are answered in a
     * conversation of their own, without the customer's order, and the refusal to join is audited.
     */
    @Test
    void aStrangerReplyingIntoACustomersThreadGetsAConversationOfTheirOwn() throws Exception {
        Victim customer = Victim.seed();
        String domain = customer.email().substring(customer.email().indexOf('@') + 1);
        MimeMessage genuine = message(customer.email(), "Where is my order " + customer.order() + "?");
        genuine.addHeader("Authentication-Results", TRUSTED + "; dmarc=pass header.from=" + domain);
        genuine.saveChanges();
        String first = deliver(genuine);
        await().atMost(WAIT).until(() -> repliesTo(first).size() == 1);
        MimeMessage answer = repliesTo(first).get(0);

        String stranger = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@attacker.example";
        MimeMessage hijack = message(stranger, "Please send the order details again.");
        hijack.setSubject(answer.getSubject());
        hijack.setHeader("In-Reply-To", answer.getMessageID());
        hijack.setHeader("References", first + " " + answer.getMessageID());
        hijack.addHeader("Authentication-Results", TRUSTED + "; dmarc=pass header.from=attacker.example");
        hijack.saveChanges();
        String id = deliver(hijack);

        await().atMost(WAIT).until(() -> repliesTo(id).size() == 1);
        MimeMessage reply = repliesTo(id).get(0);
        assertThat(recipients(reply)).containsExactly(stranger);
        assertThat(reply.getContent().toString()).doesNotContain(customer.street(), "Shipping to", "Items:");
        assertThat(column("SELECT conversation_key FROM inbox_entries WHERE channel = 'EMAIL' AND external_id = ?", id))
                .containsExactly(id);
        assertThat(column("SELECT action FROM audit_entries WHERE subject = ?", "email:" + id))
                .contains("email.thread-join-refused");
        assertThat(mailTo(customer.email())).as("the customer's thread got no answer meant for the stranger")
                .allSatisfy(m -> assertThat(m.getHeader("In-Reply-To", null)).isNotEqualTo(id));
    }

    private static MimeMessage message(String from, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        m.setSubject("Order question " + UUID.randomUUID().toString().substring(0, 8));
        m.setText(text);
        m.setHeader("Message-ID", "<" + UUID.randomUUID() + "@it.switchboard.test>");
        return m;
    }

    private static String deliver(MimeMessage message) throws MessagingException {
        mail().getUserManager().getUser("support").deliver(message);
        return message.getMessageID();
    }

    private static List<MimeMessage> repliesTo(String id) throws MessagingException {
        List<MimeMessage> replies = new ArrayList<>();
        for (MimeMessage m : mail().getReceivedMessages()) {
            String[] inReplyTo = m.getHeader("In-Reply-To");
            if (inReplyTo != null && Arrays.asList(inReplyTo).contains(id)
                    && "auto-replied".equals(m.getHeader("Auto-Submitted", null))) {
                replies.add(m);
            }
        }
        return replies;
    }

    private static List<MimeMessage> mailTo(String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail().getReceivedMessages()) {
            if (recipients(m).contains(address)) {
                found.add(m);
            }
        }
        return found;
    }

    private static List<String> recipients(MimeMessage m) throws MessagingException {
        Address[] all = m.getAllRecipients();
        return all == null ? List.of() : Arrays.stream(all).map(a -> ((InternetAddress) a).getAddress()
                .toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
