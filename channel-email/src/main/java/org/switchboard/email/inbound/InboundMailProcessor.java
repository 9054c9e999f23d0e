package org.switchboard.email.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ExternalMessageId;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;
import org.switchboard.core.privacy.Logs;
import org.switchboard.core.privacy.PersonalDataMasker;
import org.switchboard.email.auth.SenderAuthentication;
import org.switchboard.email.auth.SenderAuthenticator;
import org.switchboard.email.config.EmailSettings;
import org.switchboard.email.loop.BounceRegistry;
import org.switchboard.email.loop.LoopGuard;
import org.switchboard.email.loop.LoopVerdict;
import org.switchboard.email.loop.RateDecision;
import org.switchboard.email.loop.ReplyRateLimiter;
import org.switchboard.email.mime.EmailAddress;
import org.switchboard.email.mime.EmailParser;
import org.switchboard.email.mime.MalformedEmailException;
import org.switchboard.email.mime.MessageIds;
import org.switchboard.email.mime.ParsedEmail;
import org.switchboard.email.threading.EmailConversation;
import org.switchboard.email.threading.ThreadResolver;

/**
 * Turns one fetched message (RFC 5322 bytes) into the core's {@link InboundMessage}: parse, loop guard, threading,
 * bounce bookkeeping, rate limits. Whatever it finds, it returns a message to store: mail that must not be
 * answered carries a {@code noReplyReason} (auto-replies, bounces, lists, rate limits, no sender, malformed), so
 * the transcript and the audit log show it and a human can pick it up.
 *
 * <p>Identity: the inbox dedupes on the Message-ID ({@link MessageIds}). The sender identity is the From address,
 * lower case, only when the receiving server authenticated it ({@link SenderAuthenticator}: DMARC, or aligned DKIM
 * or SPF, from {@code MAIL_TRUSTED_AUTHSERV_ID}); otherwise it is {@link SenderIdentity#unverified} (a customer of
 * its own, refused every tool that acts on customer data), the message is still answered (help center) and the
 * decision is logged and audited ({@code email.sender-unverified}). Reply coordinates go into the conversation
 * reference's attributes ({@link EmailConversation}): the reply goes to the From address; a Reply-To is used only for
 * an authenticated sender and on the From's own domain, any other Reply-To is recorded
 * ({@link EmailConversation#IGNORED_REPLY_TO}, audited {@code email.reply-to-ignored}) and never written to. The rate
 * limit counts replies per recipient, the address the reply really goes to.
 */
public final class InboundMailProcessor {

    private static final Logger LOG = Logs.logger(InboundMailProcessor.class);

    /** Identity used when a message names no sender at all. */
    static final String UNKNOWN_SENDER = "unknown-sender@invalid";
    /** Longest raw payload kept for audit, in characters. */
    static final int MAX_RAW_CHARS = 4 * 1024 * 1024;

    private static final Pattern BARE_FROM = Pattern.compile("(?im)^From:[^\\r\\n]*?([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)");

    private final EmailParser parser;
    private final LoopGuard guard;
    private final ThreadResolver threads;
    private final ReplyRateLimiter limiter;
    private final BounceRegistry bounces;
    private final Set<String> ownAddresses;
    private final SenderAuthenticator authenticator;
    private final Clock clock;

    /**
     * @param settings the channel configuration (own addresses)
     * @param parser   the MIME parser
     * @param guard    the loop guard
     * @param threads  the threading resolver
     * @param limiter  the rate limiter
     * @param bounces  the undeliverable-address registry
     * @param clock    the time source
     */
    public InboundMailProcessor(EmailSettings settings, EmailParser parser, LoopGuard guard, ThreadResolver threads,
                                ReplyRateLimiter limiter, BounceRegistry bounces, Clock clock) {
        this.parser = parser;
        this.guard = guard;
        this.threads = threads;
        this.limiter = limiter;
        this.bounces = bounces;
        this.clock = clock;
        this.ownAddresses = ownAddresses(settings);
        this.authenticator = new SenderAuthenticator(settings.trustedAuthservId());
    }

    /**
     * @param settings the configuration
     * @return the support address and the mailbox user, lower case, where set
     */
    public static Set<String> ownAddresses(EmailSettings settings) {
        Set<String> own = new java.util.HashSet<>();
        settings.supportAddress().ifPresent(own::add);
        settings.user().filter(u -> u.contains("@")).map(u -> u.toLowerCase(Locale.ROOT)).ifPresent(own::add);
        return Set.copyOf(own);
    }

    /**
     * @param raw        the message as fetched
     * @param receivedAt when the mailbox received it
     * @return the message to store and, if any, a flag to record after storing
     */
    public ProcessedMail process(byte[] raw, Instant receivedAt) {
        ParsedEmail mail;
        try {
            mail = parser.parse(raw);
        } catch (MalformedEmailException e) {
            return malformed(raw, receivedAt, e.getMessage());
        }
        Instant now = clock.instant();
        LoopVerdict verdict = guard.check(mail);
        SenderAuthentication auth = authenticator.check(mail.headers(), mail.from());
        Optional<EmailAddress> replyTo = replyTarget(mail, auth);
        Optional<String> ignoredReplyTo = mail.replyTo().map(EmailAddress::address)
                .filter(a -> replyTo.map(EmailAddress::address).filter(a::equals).isEmpty());
        Optional<String> sender = mail.from().map(EmailAddress::address);
        ThreadResolver.Threading thread = threads.threadOf(mail, sender, now);
        String key = thread.conversationKey();

        List<ProcessedMail.Flag> flags = new ArrayList<>();
        thread.refusedJoin().ifPresent(named -> {
            String id = Logs.neutralise(mail.messageId(), 300);
            String from = Logs.neutralise(sender.orElse("(no sender)"), 300);
            LOG.info(() -> "Message " + id + " from " + PersonalDataMasker.mask(from) + " refers to conversation "
                    + Logs.neutralise(named, 300) + " of other senders: started a conversation of its own (audit "
                    + "email.thread-join-refused)");
            flags.add(new ProcessedMail.Flag("email.thread-join-refused", "from " + from + ": In-Reply-To/References"
                    + " name conversation " + named + " of other senders; started conversation " + key));
        });
        if (sender.isPresent() && verdict.answer()) {
            flags.addAll(identityFlags(mail, auth, authenticator.configured(), ignoredReplyTo));
        }
        String noReplyReason = null;
        ProcessedMail.Flag flag = null;
        Instant notBefore = null;
        if (verdict.bounce()) {
            recordBounce(mail, now, flags);
        }
        if (!verdict.answer()) {
            noReplyReason = verdict.reason();
        } else if (replyTo.isEmpty() || sender.isEmpty()) {
            noReplyReason = "no sender address to reply to; flagged for a human";
            flag = new ProcessedMail.Flag("email.no-sender", "message " + mail.messageId() + " has no From address");
        } else {
            if (bounces.clear(sender.get())) {
                LOG.info(() -> "Undeliverable mark of " + PersonalDataMasker.mask(sender.get()) + " cleared: the address wrote to us");
            }
            RateDecision rate = limiter.check(mail.messageId(), replyTo.get().address(), key, now);
            if (!rate.allowed()) {
                noReplyReason = rate.reason().orElseThrow();
                flag = new ProcessedMail.Flag("email.rate-limited", noReplyReason);
                String why = noReplyReason;
                LOG.info(() -> "Message " + mail.messageId() + " from " + PersonalDataMasker.mask(sender.get())
                        + " will not be answered: " + PersonalDataMasker.mask(why));
            } else if (rate.deferred()) {
                notBefore = rate.notBefore().orElseThrow();
                flag = new ProcessedMail.Flag("email.rate-deferred", rate.reason().orElseThrow());
                Instant until = notBefore;
                LOG.info(() -> "Reply to message " + mail.messageId() + " from " + PersonalDataMasker.mask(sender.get())
                        + " deferred until " + until + " (one automatic reply per sender per "
                        + limiter.period().toSeconds() + " s)");
            }
        }
        if (!mail.problems().isEmpty()) {
            LOG.info(() -> "Message " + mail.messageId() + " (" + raw.length + " bytes) parsed with problems: "
                    + mail.problems());
        }
        Map<String, String> attributes = attributes(mail, replyTo, notBefore);
        attributes.put(EmailConversation.SENDER_AUTHENTICATED, Boolean.toString(auth.authenticated()));
        ignoredReplyTo.ifPresent(a -> attributes.put(EmailConversation.IGNORED_REPLY_TO, a));
        InboundMessage message = new InboundMessage(
                new ExternalMessageId(mail.messageId()),
                new ConversationRef(Channel.EMAIL, key, attributes),
                sender.map(s -> identity(s, mail.from().get().displayName(), auth.authenticated()))
                        .orElse(new SenderIdentity(UNKNOWN_SENDER, null)),
                mail.replyText(),
                mail.attachments(),
                receivedAt,
                rawText(raw),
                noReplyReason);
        if (flag != null) {
            flags.add(0, flag);
        }
        return new ProcessedMail(message, flags);
    }

    /**
     * The address the reply goes to: the From address; the Reply-To instead only when the From is authenticated
     * and the Reply-To is on the same domain (a team mailbox of the same company). Empty without a From.
     */
    private static Optional<EmailAddress> replyTarget(ParsedEmail mail, SenderAuthentication auth) {
        if (mail.from().isEmpty()) {
            return Optional.empty();
        }
        EmailAddress from = mail.from().get();
        return Optional.of(mail.replyTo()
                .filter(r -> auth.authenticated() && !from.domain().isEmpty() && r.domain().equals(from.domain()))
                .orElse(from));
    }

    private static SenderIdentity identity(String address, String displayName, boolean authenticated) {
        if (authenticated) {
            return new SenderIdentity(address, displayName);
        }
        String claimed = address.length() <= 255 - SenderIdentity.UNVERIFIED_PREFIX.length() ? address
                : address.substring(0, 255 - SenderIdentity.UNVERIFIED_PREFIX.length());
        return SenderIdentity.unverified(claimed, displayName);
    }

    /** Logs and returns the audit entries for an unauthenticated sender and an ignored Reply-To. */
    private static List<ProcessedMail.Flag> identityFlags(ParsedEmail mail, SenderAuthentication auth,
                                                           boolean configured, Optional<String> ignoredReplyTo) {
        List<ProcessedMail.Flag> flags = new ArrayList<>();
        String id = Logs.neutralise(mail.messageId(), 300);
        String from = Logs.neutralise(mail.from().map(EmailAddress::address).orElse(""), 300);
        String detail = Logs.neutralise(auth.detail(), 300);
        if (!auth.authenticated() && !configured) {
            LOG.fine(() -> "Message " + id + " from " + PersonalDataMasker.mask(from) + " is not authenticated: "
                    + detail);
        } else if (!auth.authenticated()) {
            LOG.info(() -> "Message " + id + " from " + PersonalDataMasker.mask(from) + " is not authenticated ("
                    + detail + "): answered from the help center only, no tool acts on customer data (audit "
                    + "email.sender-unverified)");
            flags.add(new ProcessedMail.Flag("email.sender-unverified", "from " + from + ": " + detail));
        }
        ignoredReplyTo.ifPresent(address -> {
            String replyTo = Logs.neutralise(address, 300);
            LOG.info(() -> "Message " + id + " from " + PersonalDataMasker.mask(from) + " asks for replies to "
                    + PersonalDataMasker.mask(replyTo) + "; the reply goes to the From address instead (audit "
                    + "email.reply-to-ignored)");
            flags.add(new ProcessedMail.Flag("email.reply-to-ignored", "from " + from + ", Reply-To " + replyTo
                    + (auth.authenticated() ? " is on another domain" : ": sender not authenticated")));
        });
        return flags;
    }

    /**
     * A message that could not be parsed (or whose processing failed unexpectedly): stored with a synthetic id
     * over its bytes, in a conversation of its own, flagged for a human, never answered.
     *
     * @param raw        the message as fetched
     * @param receivedAt when the mailbox received it
     * @param problem    what went wrong (no content)
     * @return the message to store and its flag
     */
    public ProcessedMail malformed(byte[] raw, Instant receivedAt, String problem) {
        String id = MessageIds.synthetic(List.of(), raw);
        Matcher m = BARE_FROM.matcher(new String(raw, 0, Math.min(raw.length, 64 * 1024), StandardCharsets.ISO_8859_1));
        // a message that cannot be parsed cannot be authenticated either: its claimed From is never an identity
        String sender = m.find() ? SenderIdentity.UNVERIFIED_PREFIX + m.group(1).toLowerCase(Locale.ROOT)
                : UNKNOWN_SENDER;
        if (sender.length() > 255) {
            sender = UNKNOWN_SENDER;
        }
        String reason = "malformed message, flagged for a human: " + problem;
        String from = sender;
        LOG.warning(() -> "Message of " + raw.length + " bytes from " + PersonalDataMasker.mask(from)
                + " stored as " + id + " and flagged for a human: " + problem);
        InboundMessage message = new InboundMessage(new ExternalMessageId(id),
                new ConversationRef(Channel.EMAIL, id, Map.of()), new SenderIdentity(sender, null), "", List.of(),
                receivedAt, rawText(raw), reason);
        return new ProcessedMail(message, Optional.of(new ProcessedMail.Flag("email.malformed",
                "message " + id + ": " + problem)));
    }

    private void recordBounce(ParsedEmail mail, Instant now, List<ProcessedMail.Flag> flags) {
        if (!threads.returnsAMessageWeSent(mail)) {
            String id = Logs.neutralise(mail.messageId(), 300);
            LOG.info(() -> "Delivery report " + id + " returns no message we sent: no address marked undeliverable"
                    + " (audit email.bounce-ignored)");
            flags.add(new ProcessedMail.Flag("email.bounce-ignored", "delivery report " + id + " returns no message"
                    + " we sent (returned: " + Logs.neutralise(String.valueOf(mail.report()
                    .map(r -> r.returnedMessageIds()).orElse(List.of())), 300) + "); no address marked undeliverable"));
            return;
        }
        for (String failed : mail.report().map(r -> r.failedRecipients()).orElse(List.of())) {
            if (ownAddresses.contains(failed) || failed.length() > 255) {
                continue;
            }
            bounces.markUndeliverable(failed, "bounce " + mail.messageId() + ": " + mail.subject(), mail.messageId(),
                    now);
            LOG.info(() -> "Address " + PersonalDataMasker.mask(failed) + " marked undeliverable by bounce " + mail.messageId());
        }
    }

    private static Map<String, String> attributes(ParsedEmail mail, Optional<EmailAddress> replyTo,
                                                  Instant notBefore) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (notBefore != null) {
            attributes.put(EmailConversation.NOT_BEFORE, notBefore.toString());
        }
        replyTo.ifPresent(a -> {
            attributes.put(EmailConversation.TO, a.address());
            if (a.displayName() != null) {
                attributes.put(EmailConversation.TO_NAME, a.displayName());
            }
        });
        attributes.put(EmailConversation.SUBJECT, mail.subject().length() <= 500 ? mail.subject()
                : mail.subject().substring(0, 500));
        List<String> references = new ArrayList<>(mail.references());
        if (!mail.syntheticId() && !mail.messageId().startsWith(MessageIds.LONG_PREFIX)) {
            attributes.put(EmailConversation.MESSAGE_ID, mail.messageId());
            references.remove(mail.messageId());
            references.add(mail.messageId());
        }
        references.removeIf(id -> !id.startsWith("<"));
        if (references.size() > EmailConversation.MAX_REFERENCES) {
            List<String> kept = new ArrayList<>();
            kept.add(references.get(0));
            kept.addAll(references.subList(references.size() - EmailConversation.MAX_REFERENCES + 1,
                    references.size()));
            references = kept;
        }
        if (!references.isEmpty()) {
            attributes.put(EmailConversation.REFERENCES, String.join(" ", references));
        }
        return attributes;
    }

    /** The raw message as text for the audit column: UTF-8 when valid, else ISO-8859-1 (byte-preserving). */
    static String rawText(byte[] raw) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(raw)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            text = new String(raw, StandardCharsets.ISO_8859_1);
        }
        return text.length() <= MAX_RAW_CHARS ? text
                : text.substring(0, MAX_RAW_CHARS) + "\r\n[truncated: " + raw.length + " bytes in total]";
    }
}
