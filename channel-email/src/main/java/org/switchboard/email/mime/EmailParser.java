package org.switchboard.email.mime;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.email.config.MailSessions;

/**
 * Parses one RFC 5322 message (as bytes, any line endings) into a {@link ParsedEmail} with Jakarta Mail (Angus):
 * headers and encoded words (RFC 2047), addresses, transfer encodings (quoted-printable, base64), charsets, the MIME
 * tree ({@link MimeWalker}), HTML with jsoup ({@link HtmlToText}) and quote stripping ({@link QuoteStripper}).
 * Lenient by design: real mail is often broken, and each defect is reported in {@link ParsedEmail#problems()}
 * instead of failing the message. Thread-safe.
 */
public final class EmailParser {

    /** Longest text kept from one message, in characters. */
    public static final int MAX_TEXT_CHARS = 200_000;

    private static final List<String> KEY_HEADERS = List.of("Date", "From", "Sender", "To", "Cc", "Subject",
            "In-Reply-To", "References");
    private static final Pattern BARE_ADDRESS = Pattern.compile("[^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+");
    /** The angle-addr of a mailbox ({@code name <local@domain>}), preferred over other address-like tokens. */
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<\\s*([^\\s<>\"(),;:]+@[^\\s<>\"(),;:]+)\\s*>");

    private final Session session = MailSessions.parsing();

    /**
     * @param raw the message as received
     * @return the parsed message
     * @throws MalformedEmailException when not even the header block can be read
     */
    public ParsedEmail parse(byte[] raw) throws MalformedEmailException {
        MimeMessage message;
        try {
            int start = headerStart(raw);
            message = new MimeMessage(session, new ByteArrayInputStream(raw, start, raw.length - start));
        } catch (MessagingException | RuntimeException e) {
            throw new MalformedEmailException("header block unreadable: " + MimeWalker.describe(e), e);
        }
        try {
            return parse(message);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new MalformedEmailException("message unreadable: " + MimeWalker.describe(e), e);
        }
    }

    /**
     * Skips white-space-only lines before the first header field: Jakarta Mail reads such a line as the end of an
     * (empty) header block, and some stored messages start with one.
     */
    static int headerStart(byte[] raw) {
        int start = 0;
        int i = 0;
        while (i < raw.length) {
            byte b = raw[i];
            if (b == ' ' || b == '\t') {
                i++;
            } else if (b == '\r' || b == '\n') {
                i++;
                if (b == '\r' && i < raw.length && raw[i] == '\n') {
                    i++;
                }
                start = i;
            } else {
                break;
            }
        }
        return start;
    }

    private ParsedEmail parse(MimeMessage message) throws MessagingException, IOException {
        MailHeaders headers = headers(message);
        List<String> problems = new ArrayList<>();

        Optional<String> realId = headers.all("Message-ID").stream()
                .map(MessageIds::canonical).flatMap(Optional::stream).findFirst();
        String messageId = realId.orElseGet(() -> synthetic(message, headers));

        Optional<EmailAddress> from = firstAddress(headers, "From");
        Optional<EmailAddress> replyTo = firstAddress(headers, "Reply-To");
        String subject = subject(headers);
        List<String> inReplyTo = ids(headers, "In-Reply-To");
        List<String> references = ids(headers, "References");
        Optional<Instant> sentAt = sentAt(message);
        String contentType = MimeWalker.contentType(message).getBaseType().toLowerCase(Locale.ROOT);

        MimeWalker walker = new MimeWalker(MAX_TEXT_CHARS);
        walker.walk(message, 0, false);
        problems.addAll(walker.problems);

        List<String> failed = new ArrayList<>(walker.failedRecipients);
        for (String value : headers.all("X-Failed-Recipients")) {
            for (String a : value.split(",")) {
                String address = a.trim().replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
                if (address.contains("@") && !failed.contains(address)) {
                    failed.add(address);
                }
            }
        }
        Optional<DeliveryReport> report = Optional.empty();
        if (walker.reportType != null || !failed.isEmpty()) {
            report = Optional.of(new DeliveryReport(walker.reportType == null ? "delivery-status" : walker.reportType,
                    failed, List.copyOf(walker.returnedIds)));
        }
        return new ParsedEmail(messageId, realId.isEmpty(), from, replyTo, subject, inReplyTo, references, sentAt,
                headers, contentType, walker.body.toString(), walker.reply.toString(), walker.attachments, report,
                problems);
    }

    private static MailHeaders headers(MimeMessage message) throws MessagingException {
        String bodyCharset = MimeWalker.contentType(message).getParameter("charset");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        Enumeration<Header> all = message.getAllHeaders();
        while (all.hasMoreElements()) {
            Header h = all.nextElement();
            fields.computeIfAbsent(h.getName().trim(), k -> new ArrayList<>())
                    .add(h.getValue() == null ? "" : TextDecoding.raw8bit(MimeUtility.unfold(h.getValue()), bodyCharset));
        }
        return new MailHeaders(fields);
    }

    private static String synthetic(MimeMessage message, MailHeaders headers) {
        List<String> values = KEY_HEADERS.stream()
                .map(name -> headers.all(name).isEmpty() ? null : String.join("\n", headers.all(name)))
                .toList();
        byte[] body;
        try (InputStream in = message.getRawInputStream()) {
            body = in.readAllBytes();
        } catch (MessagingException | IOException e) {
            body = new byte[0];
        }
        return MessageIds.synthetic(values, body);
    }

    /**
     * The first mailbox of an address header (RFC 5322 section 3.4): parsed by Jakarta Mail
     * ({@code InternetAddress.parseHeader}, not strict) when that yields a plain addr-spec, else the first
     * {@code <local@domain>}, else the first {@code local@domain} token in the value.
     */
    private static Optional<EmailAddress> firstAddress(MailHeaders headers, String name) {
        for (String value : headers.all(name)) {
            try {
                for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                    // the lenient parser can return a whole phrase as the "address" (a colon in an encoded display
                    // name reads as group syntax): only a plain addr-spec is taken
                    if (a.getAddress() != null && BARE_ADDRESS.matcher(a.getAddress()).matches()) {
                        return Optional.of(new EmailAddress(a.getAddress(), a.getPersonal()));
                    }
                }
            } catch (AddressException | RuntimeException e) {
                // fall through to the token search
            }
            Matcher angle = ANGLE_ADDRESS.matcher(value);
            if (angle.find()) {
                return Optional.of(new EmailAddress(angle.group(1), null));
            }
            Matcher m = BARE_ADDRESS.matcher(value);
            if (m.find()) {
                return Optional.of(new EmailAddress(m.group(), null));
            }
        }
        return Optional.empty();
    }

    /** The Subject with encoded words decoded (RFC 2047); undecodable words are kept as sent. */
    private static String subject(MailHeaders headers) {
        String raw = headers.first("Subject").orElse("");
        String decoded;
        try {
            decoded = MimeUtility.decodeText(raw);
        } catch (java.io.UnsupportedEncodingException | RuntimeException e) {
            decoded = raw;
        }
        return decoded.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    private static List<String> ids(MailHeaders headers, String name) {
        List<String> ids = new ArrayList<>();
        for (String value : headers.all(name)) {
            for (String id : MessageIds.parseList(value)) {
                if (!ids.contains(id)) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    private static Optional<Instant> sentAt(MimeMessage message) {
        try {
            return Optional.ofNullable(message.getSentDate()).map(java.util.Date::toInstant);
        } catch (MessagingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return the header names the synthetic Message-ID is computed from, in order */
    public static List<String> keyHeaders() {
        return KEY_HEADERS;
    }

}
