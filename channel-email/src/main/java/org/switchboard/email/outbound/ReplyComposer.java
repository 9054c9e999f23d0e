package org.switchboard.email.outbound;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Instant;
import java.util.Date;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import org.switchboard.email.threading.TicketTag;

/**
 * Builds the reply message (RFC 5322) for one outbox entry:
 * <ul>
 *   <li>{@code From}: the support address and name; {@code To}: the customer's Reply-To or From;</li>
 *   <li>{@code Subject}: {@code Re: <customer's subject> [#ticket]} (no second {@code Re:}, no second tag);</li>
 *   <li>{@code Message-ID}: the id recorded for the entry (stable across retries); {@code In-Reply-To}: the
 *       customer message's id; {@code References}: its References plus its id (RFC 5322 section 3.6.4), so mail
 *       clients thread the reply;</li>
 *   <li>{@code Auto-Submitted: auto-replied} (RFC 3834 section 5), {@code X-Auto-Response-Suppress: All} (Microsoft:
 *       no out-of-office or read receipts back) and our loop header with the support address, so responders
 *       and our own guard recognize it; a person's reply ({@link ReplyEnvelope#automatic()} false) is not an
 *       automatic response (RFC 3834 section 5: written by a person), so it carries only the loop header;</li>
 *   <li>the text as {@code text/plain; charset=UTF-8}, transfer encoding chosen by Jakarta Mail.</li>
 * </ul>
 */
public final class ReplyComposer {

    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^\\s*(re|aw|sv|vs|antw|odp|ref)\\s*(\\[\\d+])?\\s*:");

    private ReplyComposer() {
    }

    /**
     * The reply's subject.
     *
     * @param customerSubject the subject the customer wrote, may be null or empty
     * @param ticket          the conversation's ticket number, if it has one
     * @return {@code Re: <subject> [#ticket]}
     */
    public static String subject(String customerSubject, OptionalLong ticket) {
        String subject = customerSubject == null || customerSubject.isBlank() ? "Your message" : customerSubject.strip();
        if (!REPLY_PREFIX.matcher(subject).find()) {
            subject = "Re: " + subject;
        }
        if (ticket.isPresent() && !subject.contains(TicketTag.format(ticket.getAsLong()))) {
            subject = subject + " " + TicketTag.format(ticket.getAsLong());
        }
        return subject;
    }

    /**
     * @param session      the SMTP session
     * @param reply        what to send and to whom
     * @return the message, ready for {@code Transport.sendMessage}
     * @throws MessagingException when an address is not valid RFC 5322 syntax
     */
    public static MimeMessage compose(Session session, ReplyEnvelope reply) throws MessagingException {
        MimeMessage message = new FixedIdMessage(session, reply.messageId());
        try {
            message.setFrom(new InternetAddress(reply.from(), reply.fromName(), "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, reply.toName() == null
                    ? new InternetAddress(reply.to(), true)
                    : new InternetAddress(reply.to(), reply.toName(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
        message.setSubject(subject(reply.subject(), reply.ticket()), "UTF-8");
        message.setSentDate(Date.from(reply.date()));
        if (reply.inReplyTo() != null) {
            message.setHeader("In-Reply-To", reply.inReplyTo());
        }
        if (reply.references() != null && !reply.references().isBlank()) {
            message.setHeader("References", reply.references());
        }
        if (reply.automatic()) {
            message.setHeader("Auto-Submitted", "auto-replied");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        message.setHeader(reply.loopHeader(), reply.from());
        message.setText(reply.text(), "UTF-8", "plain");
        message.saveChanges();
        return message;
    }

    /**
     * Everything a reply needs.
     *
     * @param messageId  the reply's Message-ID, with angle brackets
     * @param from       the support address
     * @param fromName   its display name
     * @param to         the recipient address
     * @param toName     the recipient's display name, or null
     * @param subject    the customer's subject
     * @param ticket     the conversation's ticket, if any
     * @param inReplyTo  the customer message's Message-ID, or null
     * @param references the References value, or null
     * @param loopHeader the name of our loop header
     * @param text       the reply text
     * @param date       the Date header
     * @param automatic  true for the bot's replies (RFC 3834 {@code Auto-Submitted: auto-replied} and
     *                   {@code X-Auto-Response-Suppress}), false for a person's reply (neither)
     */
    public record ReplyEnvelope(String messageId, String from, String fromName, String to, String toName,
                                String subject, OptionalLong ticket, String inReplyTo, String references,
                                String loopHeader, String text, Instant date, boolean automatic) {

        /**
         * The bot's automatic reply.
         *
         * @param messageId  the reply's Message-ID, with angle brackets
         * @param from       the support address
         * @param fromName   its display name
         * @param to         the recipient address
         * @param toName     the recipient's display name, or null
         * @param subject    the customer's subject
         * @param ticket     the conversation's ticket, if any
         * @param inReplyTo  the customer message's Message-ID, or null
         * @param references the References value, or null
         * @param loopHeader the name of our loop header
         * @param text       the reply text
         * @param date       the Date header
         */
        public ReplyEnvelope(String messageId, String from, String fromName, String to, String toName,
                             String subject, OptionalLong ticket, String inReplyTo, String references,
                             String loopHeader, String text, Instant date) {
            this(messageId, from, fromName, to, toName, subject, ticket, inReplyTo, references, loopHeader, text,
                    date, true);
        }
    }

    /**
     * The From display name of a reply: the support name for the bot's, {@code "<person> (<support name>)"} for a
     * person's, so the customer sees who answered while the address stays the support address.
     *
     * @param supportName the support address's display name ({@code MAIL_SUPPORT_NAME})
     * @param personName  the person's display name, or null for the bot's reply
     * @return the display name
     */
    public static String fromName(String supportName, String personName) {
        return personName == null ? supportName : personName + " (" + supportName + ")";
    }

    /** A MimeMessage that keeps the Message-ID it was given ({@code saveChanges} would mint a new one). */
    private static final class FixedIdMessage extends MimeMessage {
        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
