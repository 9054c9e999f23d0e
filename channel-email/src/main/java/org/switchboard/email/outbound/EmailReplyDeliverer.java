package org.switchboard.email.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.ReplyAuthor;
import org.switchboard.core.channel.ReplyDeliverer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.core.privacy.Logs;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.mime.MessageIds;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.ThreadIndex;

/**
 * Delivers replies to email conversations: the core outbox calls it with the conversation reference of the
 * customer's message ({@link EmailConversation} attributes). It refuses addresses that bounced for good, looks up
 * the conversation's ticket for the subject tag, takes the reply's Message-ID from the threading table (recorded
 * and committed before sending, the same on every retry of the entry, so a customer's client can drop a duplicate
 * and a reply to any copy threads), composes the reply ({@link ReplyComposer}) and sends it ({@link SmtpSender},
 * with fault tolerance). A person's reply ({@link ReplyAuthor}) is From {@code "<person> (<support name>)"} at the
 * support address, without RFC 3834 auto-reply markers, and does not wait for the per-sender rate limit (which is
 * for automatic replies).
 */
@ApplicationScoped
public class EmailReplyDeliverer implements ReplyDeliverer {

    private static final Logger LOG = Logs.logger(EmailReplyDeliverer.class);

    private EmailSettings settings;
    private ThreadIndex threads;
    private BounceRegistry bounces;
    private SmtpSender smtp;
    private Clock clock;

    /** For CDI's proxy. */
    protected EmailReplyDeliverer() {
    }

    /**
     * @param settings the configuration
     * @param threads  the threading table
     * @param bounces  the undeliverable addresses
     * @param smtp     the SMTP sender
     * @param clock    the time source
     */
    @Inject
    public EmailReplyDeliverer(EmailSettings settings, ThreadIndex threads, BounceRegistry bounces, SmtpSender smtp,
                               Clock clock) {
        this.settings = settings;
        this.threads = threads;
        this.bounces = bounces;
        this.smtp = smtp;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    /**
     * @param reply the reply; its conversation reference must carry {@link EmailConversation#TO}
     * @return the reply's Message-ID
     * @throws PermanentDeliveryException when SMTP or the support address is not configured, the reference has no
     *                                    recipient, the recipient bounced for good, or the server refuses it (5xx)
     * @throws RetryableDeliveryException on transient SMTP failures, and before the reply's
     *                                    {@link EmailConversation#NOT_BEFORE} (retry after the rest of the wait)
     */
    @Override
    public String deliver(OutboundReply reply) throws RetryableDeliveryException, PermanentDeliveryException {
        if (settings.smtpHost().isEmpty()) {
            throw new PermanentDeliveryException("MAIL_SMTP_HOST is not configured", null);
        }
        String from = settings.supportAddress().orElseThrow(() ->
                new PermanentDeliveryException("MAIL_SUPPORT_ADDRESS is not configured", null));
        ConversationRef ref = reply.conversation();
        String to = ref.attribute(EmailConversation.TO);
        if (to == null || to.isBlank()) {
            throw new PermanentDeliveryException("conversation reference has no recipient address", null);
        }
        if (bounces.isUndeliverable(to)) {
            throw new PermanentDeliveryException("recipient address bounced earlier and is marked undeliverable", null);
        }
        Optional<ReplyAuthor> person = ReplyAuthor.of(ref);
        if (person.isEmpty()) {
            holdUntilSlot(reply);
        }
        OptionalLong ticket = threads.latestTicket(ref.key());
        String messageId = threads.outboundMessageId(reply.outboxId(), ref.key(),
                () -> MessageIds.generate(domain(from)), clock.instant());
        MimeMessage message;
        try {
            message = ReplyComposer.compose(smtp.session(), new ReplyComposer.ReplyEnvelope(messageId, from,
                    ReplyComposer.fromName(settings.supportName(), person.map(ReplyAuthor::displayName).orElse(null)),
                    to, ref.attribute(EmailConversation.TO_NAME),
                    ref.attribute(EmailConversation.SUBJECT), ticket, ref.attribute(EmailConversation.MESSAGE_ID),
                    ref.attribute(EmailConversation.REFERENCES), settings.loopHeader(), reply.text(),
                    clock.instant(), person.isEmpty()));
        } catch (MessagingException e) {
            throw new PermanentDeliveryException("reply could not be composed: " + e.getMessage(), e);
        }
        smtp.send(message);
        LOG.fine(() -> "Reply " + messageId + " for outbox entry " + reply.outboxId() + " sent");
        return messageId;
    }

    /**
     * A reply the rate limiter deferred ({@link EmailConversation#NOT_BEFORE}) does not leave before its slot: the
     * outbox is told to try again when the slot comes (one attempt of {@code switchboard.outbox.max-attempts}).
     */
    private void holdUntilSlot(OutboundReply reply) throws RetryableDeliveryException {
        String value = reply.conversation().attribute(EmailConversation.NOT_BEFORE);
        if (value == null) {
            return;
        }
        Instant notBefore;
        try {
            notBefore = Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            LOG.warning(() -> "Outbox entry " + reply.outboxId() + " has an unreadable " + EmailConversation.NOT_BEFORE
                    + " attribute; sent without waiting");
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(notBefore)) {
            throw new RetryableDeliveryException("rate limit: reply deferred until " + notBefore
                    + " (one automatic reply per sender per period)", Duration.between(now, notBefore), null);
        }
    }

    private static String domain(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? null : address.substring(at + 1);
    }
}
