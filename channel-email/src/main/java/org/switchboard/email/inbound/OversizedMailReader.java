package org.switchboard.email.inbound;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Reads a message that is larger than {@code MAIL_MAX_MESSAGE_BYTES} without downloading its attachments: the IMAP
 * server's BODYSTRUCTURE (RFC 9051 section 7.5.2) gives the MIME tree, and only the text parts are fetched
 * ({@code BODY.PEEK[<section>]}, through Jakarta Mail's lazy IMAP parts). The result is a slim RFC 5322 copy built
 * with Jakarta Mail: the original header fields, the text parts (each at most {@link #MAX_TEXT_PART_BYTES}, encoded),
 * and in place of every other leaf an empty stub with the part's original headers and an RFC 2183 {@code size}
 * parameter (the estimated decoded size in octets), so the parser lists the attachment with name, type and size.
 *
 * <p>Used for multipart messages only; anything else (or a server whose structure cannot be read) is left to the
 * caller's headers-only fallback. Not thread-safe per message (IMAP folder access is serialized by the poller).
 */
final class OversizedMailReader {

    /** Largest text part copied, in encoded bytes; a larger one becomes a stub. */
    static final int MAX_TEXT_PART_BYTES = 1024 * 1024;
    /** Deepest MIME nesting followed; deeper subtrees become stubs. */
    static final int MAX_DEPTH = 20;

    private final Session session;
    private final List<String> skipped = new ArrayList<>();
    private boolean completed;

    OversizedMailReader(Session session) {
        this.session = session;
    }

    /**
     * @param message a message of an open IMAP folder (or any {@link MimeMessage})
     * @return the slim copy as RFC 5322 bytes
     * @throws MessagingException when the structure or a text part cannot be read
     * @throws IOException        when a text part cannot be read
     */
    byte[] slimCopy(MimeMessage message) throws MessagingException, IOException {
        Object content = message.getContent();
        if (!(content instanceof Multipart multipart)) {
            throw new MessagingException("not a multipart message");
        }
        MimeMessage copy = new MimeMessage(session) {
            @Override
            protected void updateMessageID() {
                // keep the original Message-ID (or its absence): the inbox deduplicates on it
            }
        };
        Enumeration<Header> headers = message.getAllHeaders();
        while (headers.hasMoreElements()) {
            Header h = headers.nextElement();
            copy.addHeader(h.getName(), h.getValue());
        }
        // Content-Type gets a fresh boundary when the copy is written; every other header stays as it was
        copy.setContent(copyMultipart(multipart, new ContentType(message.getContentType()), 1));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        copy.writeTo(out);
        completed = true;
        return out.toByteArray();
    }

    /** @return whether {@link #slimCopy} succeeded */
    boolean completed() {
        return completed;
    }

    /** @return descriptions of the parts left out ("name (type, ~N bytes)"), for the human flag */
    List<String> skipped() {
        return List.copyOf(skipped);
    }

    private MimeMultipart copyMultipart(Multipart source, ContentType type, int depth)
            throws MessagingException, IOException {
        MimeMultipart target = new MimeMultipart(type.getSubType() == null ? "mixed" : type.getSubType());
        for (int i = 0; i < source.getCount(); i++) {
            target.addBodyPart(copyPart(source.getBodyPart(i), depth));
        }
        return target;
    }

    private BodyPart copyPart(BodyPart part, int depth) throws MessagingException, IOException {
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        if (base.startsWith("multipart/") && depth < MAX_DEPTH && part.getContent() instanceof Multipart nested) {
            MimeBodyPart holder = new MimeBodyPart();
            holder.setContent(copyMultipart(nested, type, depth + 1));
            copyHeadersExceptType(part, holder);
            return holder;
        }
        int size = part.getSize();
        boolean text = (base.equals("text/plain") || base.equals("text/html"))
                && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName() == null;
        if (text && size <= MAX_TEXT_PART_BYTES && part instanceof MimePart mime) {
            byte[] raw;
            try (InputStream in = ((MimeBodyPart) mime).getRawInputStream()) {
                raw = in.readNBytes(MAX_TEXT_PART_BYTES);
            }
            return new MimeBodyPart(headers(part), raw);
        }
        return stub(part, base, size);
    }

    /** The part's headers over an empty body, its estimated decoded size in the disposition's size parameter. */
    private BodyPart stub(BodyPart part, String base, int encodedSize) throws MessagingException {
        InternetHeaders headers = headers(part);
        String encoding = part instanceof MimePart mime ? mime.getEncoding() : null;
        // base64 (RFC 2045 section 6.8): 4 characters per 3 octets, and CRLF after every 76 characters
        long estimate = encodedSize < 0 ? -1 : "base64".equalsIgnoreCase(encoding == null ? "" : encoding.trim())
                ? encodedSize * 57L / 78 : encodedSize;
        headers.removeHeader("Content-Transfer-Encoding");
        ContentDisposition disposition;
        try {
            String value = headers.getHeader("Content-Disposition", null);
            disposition = new ContentDisposition(value == null ? Part.ATTACHMENT : value);
        } catch (jakarta.mail.internet.ParseException e) {
            disposition = new ContentDisposition(Part.ATTACHMENT);
        }
        if (estimate >= 0) {
            disposition.setParameter("size", Long.toString(estimate));
        }
        if (base.startsWith("multipart/") || base.startsWith("message/")) {
            // an empty body cannot be split or parsed: list it as an opaque file of that type
            headers.setHeader("Content-Type", "application/octet-stream; x-original-type=\"" + base + "\"");
        }
        headers.setHeader("Content-Disposition", disposition.toString());
        String name = part.getFileName();
        skipped.add((name == null ? "unnamed part" : name) + " (" + base + ", ~" + estimate + " bytes)");
        return new MimeBodyPart(headers, new byte[0]);
    }

    private static InternetHeaders headers(Part part) throws MessagingException {
        InternetHeaders headers = new InternetHeaders();
        Enumeration<Header> all = part.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            headers.addHeader(h.getName(), h.getValue());
        }
        return headers;
    }

    private static void copyHeadersExceptType(Part from, MimeBodyPart to) throws MessagingException {
        Enumeration<Header> all = from.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            if (!h.getName().equalsIgnoreCase("Content-Type")) {
                to.addHeader(h.getName(), h.getValue());
            }
        }
    }

    private static ContentType contentType(Part part) {
        try {
            return new ContentType(part.getContentType());
        } catch (MessagingException | RuntimeException e) {
            try {
                return new ContentType("application/octet-stream");
            } catch (jakarta.mail.internet.ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }
}
