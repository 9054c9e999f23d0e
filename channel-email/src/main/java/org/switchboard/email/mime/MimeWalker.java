package org.switchboard.email.mime;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.angus.mail.dsn.DeliveryStatus;
import org.switchboard.core.channel.Attachment;

/**
 * Walks a message's MIME tree once (RFC 2045/2046) and collects the readable text, the attachments and any
 * report (RFC 6522 {@code multipart/report}, RFC 3464 {@code message/delivery-status}). Every decoding step is done
 * by Jakarta Mail (transfer encodings, RFC 2231 parameters) or Angus' DSN parser; a part that cannot be decoded is
 * noted in {@link #problems} and skipped or read raw, so one broken part never loses the rest.
 *
 * <p>Choices: in {@code multipart/alternative} the first non-empty {@code text/plain} wins, else {@code text/html}
 * (converted with {@link HtmlToText}), else the first nested multipart; inline text parts of a
 * {@code multipart/mixed} are concatenated; a part with a file name or {@code Content-Disposition: attachment}, any
 * non-text part and any embedded message is an attachment (name, media type, decoded size), never text.
 */
final class MimeWalker {

    /** Deepest MIME nesting followed; deeper parts are ignored (a defence against crafted messages). */
    static final int MAX_DEPTH = 20;

    private final long maxTextChars;
    final StringBuilder body = new StringBuilder();
    final StringBuilder reply = new StringBuilder();
    final List<Attachment> attachments = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    String reportType;
    final Set<String> failedRecipients = new LinkedHashSet<>();
    final Set<String> returnedIds = new LinkedHashSet<>();

    MimeWalker(long maxTextChars) {
        this.maxTextChars = maxTextChars;
    }

    void walk(Part part, int depth, boolean inReport) {
        if (depth > MAX_DEPTH) {
            problems.add("MIME nesting deeper than " + MAX_DEPTH + " ignored");
            return;
        }
        ContentType type = contentType(part);
        String base = type.getBaseType().toLowerCase(Locale.ROOT);
        try {
            if (base.startsWith("multipart/")) {
                multipart(part, type, base, depth, inReport);
            } else if (base.equals("message/rfc822") || base.equals("message/global")) {
                embedded(part, inReport);
            } else if (base.equals("message/delivery-status") || base.equals("message/global-delivery-status")) {
                deliveryStatus(part);
            } else if (base.equals("message/disposition-notification") || base.equals("message/feedback-report")) {
                if (reportType == null) {
                    reportType = base.substring("message/".length());
                }
            } else if (base.equals("text/rfc822-headers") || base.equals("text/global-headers")) {
                returnedHeaders(part.getInputStream());
            } else if ((base.equals("text/plain") || base.equals("text/html")) && !isAttachment(part)) {
                text(part, type, base.equals("text/html"));
            } else {
                attachment(part, base);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add("part " + base + " could not be read: " + describe(e));
        }
    }

    private void multipart(Part part, ContentType type, String base, int depth, boolean inReport)
            throws MessagingException, IOException {
        if (base.equals("multipart/report")) {
            String rt = type.getParameter("report-type");
            reportType = rt == null ? "unknown" : rt.toLowerCase(Locale.ROOT);
        }
        Multipart mp;
        int count;
        try {
            mp = split(part);
            count = mp.getCount();
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add(base + " could not be split into parts (" + describe(e) + "); read as text");
            rawText(part, type);
            return;
        }
        if (base.equals("multipart/report")) {
            for (int i = 0; i < count; i++) {
                walk(mp.getBodyPart(i), depth + 1, true);
            }
        } else if (base.equals("multipart/alternative")) {
            BodyPart chosen = chooseAlternative(mp, count);
            if (chosen != null) {
                walk(chosen, depth + 1, inReport);
            }
        } else {
            for (int i = 0; i < count; i++) {
                walk(mp.getBodyPart(i), depth + 1, inReport);
            }
        }
    }

    /**
     * The parts of a multipart: through the registered content handler, else (a report the DSN handler rejects,
     * say) as a plain {@link MimeMultipart} over the part's own data source.
     */
    private static Multipart split(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof Multipart m) {
                m.getCount();
                return m;
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            if (!(part instanceof MimePart)) {
                throw e;
            }
        }
        if (part instanceof MimePart mime) {
            MimeMultipart plain = new MimeMultipart(new MimePartDataSource(mime));
            plain.getCount();
            return plain;
        }
        throw new MessagingException("not a multipart body");
    }

    private BodyPart chooseAlternative(Multipart mp, int count) throws MessagingException {
        BodyPart html = null;
        BodyPart nested = null;
        BodyPart first = null;
        for (int i = 0; i < count; i++) {
            BodyPart child = mp.getBodyPart(i);
            String base = contentType(child).getBaseType().toLowerCase(Locale.ROOT);
            if (first == null) {
                first = child;
            }
            if (base.equals("text/plain") && !decodeQuietly(child).isBlank()) {
                return child;
            } else if (base.equals("text/html") && html == null) {
                html = child;
            } else if (base.startsWith("multipart/") && nested == null) {
                nested = child;
            }
        }
        return html != null ? html : nested != null ? nested : first;
    }

    private void embedded(Part part, boolean inReport) throws MessagingException, IOException {
        String subject = null;
        Object content = part.getContent();
        if (content instanceof MimeMessage m) {
            MessageIds.canonical(m.getHeader("Message-ID", null)).ifPresent(id -> {
                if (inReport) {
                    returnedIds.add(id);
                }
            });
            subject = m.getSubject();
        } else if (content instanceof InputStream in && inReport) {
            returnedHeaders(in);
        }
        String name = fileName(part);
        attachments.add(new Attachment(name != null ? name : subject != null ? subject + ".eml" : "message.eml",
                "message/rfc822", size(part)));
    }

    private void deliveryStatus(Part part) throws MessagingException, IOException {
        if (reportType == null) {
            reportType = "delivery-status";
        }
        DeliveryStatus status;
        try (InputStream in = part.getInputStream()) {
            status = new DeliveryStatus(in);
        }
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders dsn = status.getRecipientDSN(i);
            String action = first(dsn, "Action").toLowerCase(Locale.ROOT);
            String code = first(dsn, "Status");
            boolean failed = action.startsWith("failed") || (action.isEmpty() && code.startsWith("5"));
            if (!failed) {
                continue;
            }
            String recipient = address(first(dsn, "Final-Recipient"));
            if (recipient.isEmpty()) {
                recipient = address(first(dsn, "Original-Recipient"));
            }
            if (!recipient.isEmpty()) {
                failedRecipients.add(recipient);
            }
        }
    }

    private void returnedHeaders(InputStream in) throws MessagingException, IOException {
        try (in) {
            InternetHeaders headers = new InternetHeaders(in);
            MessageIds.canonical(headers.getHeader("Message-ID", null)).ifPresent(returnedIds::add);
        }
    }

    private void text(Part part, ContentType type, boolean html) throws MessagingException {
        String text = decode(part, type);
        if (html) {
            append(body, HtmlToText.convert(text));
            append(reply, QuoteStripper.strip(HtmlToText.convertNewContent(text)));
        } else {
            String plain = HtmlToText.tidy(text);
            append(body, plain);
            append(reply, QuoteStripper.strip(plain));
        }
    }

    private void rawText(Part part, ContentType type) {
        try {
            byte[] bytes = rawBytes(part);
            String text = TextDecoding.decode(bytes, type.getParameter("charset"), problems);
            append(body, HtmlToText.tidy(text));
            append(reply, QuoteStripper.strip(text));
        } catch (MessagingException | IOException | RuntimeException e) {
            problems.add("raw body could not be read: " + describe(e));
        }
    }

    private void attachment(Part part, String base) throws MessagingException {
        attachments.add(new Attachment(fileName(part), base, size(part)));
    }

    private String decode(Part part, ContentType type) throws MessagingException {
        byte[] bytes;
        try (InputStream in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxTextChars * 4));
        } catch (IOException | MessagingException e) {
            try {
                bytes = rawBytes(part);
            } catch (IOException ex) {
                throw new MessagingException("part unreadable", ex);
            }
            if (isBase64(part)) {
                problems.add(type.getBaseType() + " part has broken base64 (" + describe(e) + "); decoded leniently");
                bytes = lenientBase64(bytes);
            } else {
                problems.add(type.getBaseType() + " part not decodable (" + describe(e) + "); raw content used");
            }
        }
        String text = TextDecoding.decode(bytes, type.getParameter("charset"), problems);
        return text.length() <= maxTextChars ? text : text.substring(0, (int) maxTextChars);
    }

    private String decodeQuietly(Part part) {
        try {
            return decode(part, contentType(part));
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    private static boolean isBase64(Part part) {
        try {
            return part instanceof MimePart p && p.getEncoding() != null
                    && p.getEncoding().trim().equalsIgnoreCase("base64");
        } catch (MessagingException e) {
            return false;
        }
    }

    /**
     * Base64 with damage (a truncated last quantum, stray characters): the alphabet characters that are there,
     * cut to whole 4-character groups, decoded by {@link java.util.Base64}.
     */
    static byte[] lenientBase64(byte[] raw) {
        StringBuilder clean = new StringBuilder(raw.length);
        for (byte b : raw) {
            char c = (char) (b & 0xFF);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/') {
                clean.append(c);
            }
        }
        clean.setLength(clean.length() - clean.length() % 4);
        return java.util.Base64.getDecoder().decode(clean.toString());
    }

    private static byte[] rawBytes(Part part) throws MessagingException, IOException {
        InputStream raw;
        if (part instanceof MimeMessage m) {
            raw = m.getRawInputStream();
        } else if (part instanceof MimeBodyPart b) {
            raw = b.getRawInputStream();
        } else {
            raw = part.getInputStream();
        }
        try (raw) {
            return raw.readAllBytes();
        }
    }

    /**
     * The decoded size in octets; for an empty body (a part the poller did not download, see
     * {@code OversizedMailReader}), the RFC 2183 {@code size} parameter of its Content-Disposition when present.
     */
    private static long size(Part part) {
        try (InputStream in = part.getInputStream()) {
            long read = in.transferTo(java.io.OutputStream.nullOutputStream());
            return read == 0 ? declaredSize(part) : read;
        } catch (IOException | MessagingException | RuntimeException e) {
            try {
                return part.getSize();
            } catch (MessagingException ex) {
                return -1;
            }
        }
    }

    private static long declaredSize(Part part) {
        try {
            String[] values = part.getHeader("Content-Disposition");
            if (values != null && values.length > 0) {
                String size = new jakarta.mail.internet.ContentDisposition(values[0]).getParameter("size");
                if (size != null && size.trim().matches("\\d{1,18}")) {
                    return Long.parseLong(size.trim());
                }
            }
        } catch (MessagingException | RuntimeException e) {
            // no usable size parameter
        }
        return 0;
    }

    private static boolean isAttachment(Part part) {
        try {
            return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null;
        } catch (MessagingException | RuntimeException e) {
            return false;
        }
    }

    static String fileName(Part part) {
        try {
            String name = part.getFileName();
            if (name == null || name.isBlank()) {
                return null;
            }
            name = TextDecoding.raw8bit(name);
            return name.contains("=?") ? MimeUtility.decodeText(name) : name;
        } catch (MessagingException | IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The part's content type; {@code text/plain} when it is absent or cannot be parsed (RFC 2045 section 5.2).
     *
     * @param part a part
     * @return the content type
     */
    static ContentType contentType(Part part) {
        try {
            String value = part.getContentType();
            if (value != null && !value.isBlank()) {
                try {
                    return new ContentType(value);
                } catch (jakarta.mail.internet.ParseException e) {
                    int semi = value.indexOf(';');
                    String base = (semi < 0 ? value : value.substring(0, semi)).trim();
                    if (base.matches("[\\w.+-]+/[\\w.+-]+")) {
                        return new ContentType(base);
                    }
                }
            }
            return new ContentType("text/plain");
        } catch (MessagingException | RuntimeException e) {
            try {
                return new ContentType("text/plain");
            } catch (jakarta.mail.internet.ParseException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    private static String first(InternetHeaders headers, String name) {
        String v = headers.getHeader(name, null);
        return v == null ? "" : MimeUtility.unfold(v).trim();
    }

    /** {@code rfc822; user@example.com} to {@code user@example.com}, lower case; "" when there is no address. */
    private static String address(String typed) {
        int semi = typed.indexOf(';');
        String a = (semi < 0 ? typed : typed.substring(semi + 1)).trim();
        if (a.startsWith("<") && a.endsWith(">")) {
            a = a.substring(1, a.length() - 1).trim();
        }
        return a.contains("@") ? a.toLowerCase(Locale.ROOT) : "";
    }

    private static void append(StringBuilder out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text.strip());
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + (message.length() > 120
                ? message.substring(0, 120) : message));
    }

}
