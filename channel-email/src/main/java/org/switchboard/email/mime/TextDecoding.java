package org.switchboard.email.mime;

import jakarta.mail.internet.MimeUtility;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

/**
 * Bytes of a text part to a string, after the transfer encoding was removed by Jakarta Mail. The MIME charset name
 * is mapped to Java's with {@link MimeUtility#javaCharset(String)} (so {@code ks_c_5601-1987}, {@code iso-2022-jp},
 * {@code Shift_JIS}, {@code koi8-r} ... work); a missing or unknown charset falls back to UTF-8 when the bytes are
 * valid UTF-8, else windows-1252; {@code us-ascii} holding valid UTF-8 bytes (a common mislabel) is read as UTF-8.
 * Malformed sequences become U+FFFD, never an exception.
 */
final class TextDecoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /**
     * @param bytes    the decoded content bytes
     * @param charset  the {@code charset} parameter as sent, or null
     * @param problems receives a note when the charset is unknown
     * @return the text
     */
    static String decode(byte[] bytes, String charset, List<String> problems) {
        if (charset != null && !charset.isBlank()) {
            String name = charset.trim().replace("\"", "").replace("'", "");
            try {
                Charset cs = Charset.forName(MimeUtility.javaCharset(name));
                if (cs.equals(StandardCharsets.US_ASCII) && !isAscii(bytes) && isUtf8(bytes)) {
                    return new String(bytes, StandardCharsets.UTF_8);
                }
                return new String(bytes, cs);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                problems.add("unknown charset '" + name + "'");
            }
        }
        return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    /**
     * Header text read byte for byte (ISO-8859-1) back to what it says: UTF-8 (RFC 6532 internationalized headers)
     * when those bytes are valid UTF-8, else windows-1252 (legacy 8-bit headers). Pure ASCII is returned as is.
     *
     * @param latin1 a header value whose characters are the raw bytes
     * @return the decoded value
     */
    static String raw8bit(String latin1) {
        return raw8bit(latin1, null);
    }

    /**
     * Like {@link #raw8bit(String)}, trying {@code fallback} (the message's declared body charset, as mail clients
     * do) before windows-1252 when the bytes are not UTF-8.
     *
     * @param latin1   a header value whose characters are the raw bytes
     * @param fallback a MIME charset name, or null
     * @return the decoded value
     */
    static String raw8bit(String latin1, String fallback) {
        boolean high = false;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c > 0xFF) {
                return latin1;
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return latin1;
        }
        byte[] bytes = latin1.getBytes(StandardCharsets.ISO_8859_1);
        if (isUtf8(bytes)) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (fallback != null) {
            try {
                Charset cs = Charset.forName(MimeUtility.javaCharset(fallback.trim().replace("\"", "")));
                if (!cs.equals(StandardCharsets.UTF_8) && !cs.equals(StandardCharsets.US_ASCII)) {
                    return new String(bytes, cs);
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                // fall through
            }
        }
        return new String(bytes, WINDOWS_1252);
    }

    /**
     * @param bytes any bytes
     * @return whether they are well-formed UTF-8
     */
    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
