package org.switchboard.email.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.logging.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.JpaBounceRegistry;
import org.switchboard.email.loop.JpaReplyLedger;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.ReplyLedger;
import org.switchboard.email.loop.ReplyRateLimiter;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.outbound.ReplyComposer;
import org.switchboard.email.support.HostileMail;
import org.switchboard.email.support.LogCapture;
import org.switchboard.email.support.MailServers;
import org.switchboard.email.support.TestDatabase;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.JpaThreadIndex;
import org.switchboard.email.threading.ThreadIndex;
import org.switchboard.email.threading.ThreadResolver;

/**
 * MIME fuzzing of the inbound processor (the poller's per-message step) over the real email tables: 400 malformed
 * and hostile messages derived from real ones ({@link HostileMail}: truncated, broken boundaries, bad charsets,
 * invalid base64 and quoted-printable, CR/LF header injection, thousands of headers, deep nesting, HTML with script,
 * invalid UTF-8). For every one: no exception escapes; the result is answered, suppressed or stored flagged as
 * malformed, always complete enough to store (ids and keys within the database's limits); nothing from a header
 * can inject a header into our reply; no script reaches the agent; and damage is logged with the message's context.
 *
 * <p>The seed is fixed ({@code 20261202}) so CI runs the same inputs; {@code -Demail.fuzz.seed=random} (or any
 * number) explores others. Every failure names the seed and the case.
 */
class MimeFuzzTest {

    static final long SEED = HostileMail.seed(System.getProperty("email.fuzz.seed", "20261202"));
    private static final int CASES = 400;

    private final TestDatabase db = TestDatabase.get();

    @BeforeEach
    void clean() {
        db.clean();
    }

    @Test
    void noHostileMessageEscapesTheProcessorAndEveryOneIsAnsweredSuppressedOrFlagged() throws Exception {
        Map<String, String> values = Map.of(EmailSettings.USER, MailServers.SUPPORT);
        EmailSettings settings = EmailSettings.from(name -> java.util.Optional.ofNullable(values.get(name)));
        InboundMailProcessor processor = new InboundMailProcessor(settings, new EmailParser(),
                new LoopGuard(InboundMailProcessor.ownAddresses(settings), settings.loopHeader()),
                new ThreadResolver(db.port(ThreadIndex.class, JpaThreadIndex::new)),
                // a large cap: these tests are about parsing, not about rate limits
                new ReplyRateLimiter(db.port(ReplyLedger.class, JpaReplyLedger::new), java.time.Duration.ofSeconds(1),
                        100_000),
                db.port(BounceRegistry.class, JpaBounceRegistry::new), Clock.systemUTC());
        Map<HostileMail.Kind, int[]> outcomes = new EnumMap<>(HostileMail.Kind.class);
        List<HostileMail.Case> cases = new HostileMail(SEED).cases(CASES);
        EmailParser parser = new EmailParser();
        int logged = 0;
        System.out.println("MimeFuzzTest: seed " + SEED + " (replay with -Demail.fuzz.seed=" + SEED + ")");

        try (LogCapture logs = LogCapture.start()) {
            for (HostileMail.Case c : cases) {
                String context = "seed " + SEED + ", " + c.describe();
                int logsBefore = logs.messages().size();
                ProcessedMail processed;
                try {
                    processed = processor.process(c.raw(), Instant.now());
                } catch (RuntimeException e) {
                    throw new AssertionError("exception escaped for " + context, e);
                }
                InboundMessage m = processed.message();
                assertStorable(m, context);
                assertNoInjection(m, context);
                if (c.kind() == HostileMail.Kind.HTML_SCRIPT) {
                    assertThat(m.text().toLowerCase(java.util.Locale.ROOT)).as(context)
                            .doesNotContain("<script", "alert('head')", "document.cookie", "javascript:", "onerror", "onload");
                }
                int outcome;
                if (processed.flags().stream().anyMatch(f -> f.action().equals("email.malformed"))) {
                    outcome = 2;
                    assertThat(logs.messages(Level.WARNING).subList(0, logs.messages(Level.WARNING).size()))
                            .as("a malformed message is logged: %s", context)
                            .anySatisfy(line -> assertThat(line).contains("stored as " + m.id().value()));
                } else if (m.noReplyReason() != null) {
                    outcome = 1;
                } else {
                    outcome = 0;
                    assertThat(m.conversation().attribute(EmailConversation.TO)).as(context).isNotBlank();
                    assertReplyHasNoInjectedHeader(m, context);
                }
                if (outcome != 2 && !parser.parse(c.raw()).problems().isEmpty()) {
                    List<String> newLines = logs.messages().subList(logsBefore, logs.messages().size());
                    assertThat(newLines).as("damage is logged with the message's id and size: %s", context)
                            .anySatisfy(line -> assertThat(line).contains("parsed with problems", " bytes)"));
                    logged++;
                }
                outcomes.computeIfAbsent(c.kind(), k -> new int[3])[outcome]++;
            }
        }
        StringBuilder figures = new StringBuilder("MimeFuzzTest seed " + SEED + ", " + CASES
                + " cases (" + logged + " parsed with problems, each logged): kind answered/suppressed/malformed\n");
        outcomes.forEach((kind, n) -> figures.append("  ").append(kind).append(' ').append(n[0]).append('/')
                .append(n[1]).append('/').append(n[2]).append('\n'));
        System.out.println(figures);
        assertThat(outcomes).as("every kind was generated").hasSize(HostileMail.Kind.values().length);
        assertThat(outcomes.get(HostileMail.Kind.HTML_SCRIPT)[0]).as("HTML mail with script is still answered")
                .isPositive();
    }

    /** What the inbox stores must fit: ids and keys of at most 255 characters, a bounded raw copy. */
    private static void assertStorable(InboundMessage m, String context) {
        assertThat(m.id().value()).as(context).isNotBlank().hasSizeLessThanOrEqualTo(255);
        assertThat(m.conversation().key()).as(context).hasSizeLessThanOrEqualTo(255);
        assertThat(m.sender().externalId()).as(context).isNotBlank().hasSizeLessThanOrEqualTo(255);
        assertThat(m.rawPayload().length()).as(context).isLessThanOrEqualTo(InboundMailProcessor.MAX_RAW_CHARS + 100);
        assertThat(m.text().length()).as(context).isLessThanOrEqualTo(EmailParser.MAX_TEXT_CHARS * 2);
    }

    /** No CR or LF in anything that becomes a header of our reply (RFC 5322 section 2.2: fields end at CRLF). */
    private static void assertNoInjection(InboundMessage m, String context) {
        m.conversation().attributes().forEach((name, value) ->
                assertThat(value).as("attribute %s of %s", name, context).doesNotContain("\r", "\n"));
        assertThat(m.sender().externalId()).as(context).doesNotContain("\r", "\n", " ");
        if (m.sender().displayName() != null) {
            assertThat(m.sender().displayName()).as(context).doesNotContain("\r", "\n");
        }
    }

    /** Composes the reply as the deliverer would and reads it back: exactly our headers, no Bcc, one Subject. */
    private static void assertReplyHasNoInjectedHeader(InboundMessage m, String context) throws Exception {
        var ref = m.conversation();
        Session session = Session.getInstance(new Properties());
        MimeMessage reply = ReplyComposer.compose(session, new ReplyComposer.ReplyEnvelope("<r@example.com>",
                MailServers.SUPPORT, "Support", ref.attribute(EmailConversation.TO),
                ref.attribute(EmailConversation.TO_NAME), ref.attribute(EmailConversation.SUBJECT), OptionalLong.empty(),
                ref.attribute(EmailConversation.MESSAGE_ID), ref.attribute(EmailConversation.REFERENCES),
                "X-Switchboard-Loop", "Thank you.", Instant.now()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reply.writeTo(out);
        MimeMessage back = new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.getHeader("Bcc")).as(context).isNull();
        assertThat(back.getHeader("X-Evil")).as(context).isNull();
        assertThat(back.getHeader("Subject")).as(context).hasSize(1);
        assertThat(back.getHeader("To")).as(context).hasSize(1);
        assertThat(back.getAllRecipients()).as(context).hasSize(1);
    }
}
