package org.switchboard.email.mime;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.channel.Attachment;

/**
 * One inbound email as the channel uses it, produced by {@link EmailParser}: identity, threading headers, the
 * text for the agent and the facts the loop guard needs. No Jakarta Mail types escape here.
 *
 * @param messageId   canonical Message-ID ({@link MessageIds}); synthetic ({@code sb-sha256:...}) when missing
 * @param syntheticId whether {@code messageId} was computed because the message had none
 * @param from        the first From mailbox, if one could be parsed
 * @param replyTo     the first Reply-To mailbox, if any
 * @param subject     the decoded subject, "" when absent
 * @param inReplyTo   canonical ids from In-Reply-To
 * @param references  canonical ids from References, oldest first
 * @param sentAt      the Date header, if parseable
 * @param headers     all top-level header fields, raw
 * @param contentType the top-level media type, lower case, without parameters ({@code text/plain} when absent)
 * @param bodyText    the whole readable text (text/plain preferred, HTML converted), quotes included
 * @param replyText   the new text only: quoted history and signature removed; falls back to {@code bodyText}
 *                    when stripping leaves nothing
 * @param attachments files and embedded messages, with name, media type and decoded size; not in the text
 * @param report      the delivery/disposition/feedback report this message carries, if any
 * @param problems    what could not be decoded (malformed MIME, unknown transfer encoding, ...); empty when clean
 */
public record ParsedEmail(String messageId, boolean syntheticId, Optional<EmailAddress> from,
                          Optional<EmailAddress> replyTo, String subject, List<String> inReplyTo,
                          List<String> references, Optional<Instant> sentAt, MailHeaders headers, String contentType,
                          String bodyText, String replyText, List<Attachment> attachments,
                          Optional<DeliveryReport> report, List<String> problems) {
    /** Copies lists; normalizes nulls. */
    public ParsedEmail {
        subject = subject == null ? "" : subject;
        inReplyTo = List.copyOf(inReplyTo);
        references = List.copyOf(references);
        bodyText = bodyText == null ? "" : bodyText;
        replyText = replyText == null || replyText.isBlank() ? bodyText : replyText;
        attachments = List.copyOf(attachments);
        problems = List.copyOf(problems);
    }

    /**
     * The ids this message replies to, most specific first: In-Reply-To, then References newest to oldest.
     *
     * @return the ids, without duplicates
     */
    public List<String> parentIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>(inReplyTo);
        for (int i = references.size() - 1; i >= 0; i--) {
            ids.add(references.get(i));
        }
        return List.copyOf(ids);
    }
}
