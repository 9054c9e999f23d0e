package org.switchboard.email.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes quoted history and the signature from a plain-text reply, so the agent answers the new text only.
 *
 * <p>No maintained Java library for this is published on Maven Central (the Java port of GitHub's
 * email_reply_parser is not released there and is unmaintained), so this is a small component following the rules
 * of GitHub's email_reply_parser, Crisp's email-reply-parser and Mailgun's talon, tested on their fixtures
 * ({@code test-fixtures/email/replies}):
 * <ol>
 *   <li><em>Quote headers</em> are found line by line outside quoted lines: attribution lines
 *       ({@code On <date>, <name> wrote:}, also wrapped over up to three lines, without the colon, and the French,
 *       Spanish, German, Dutch, Italian, Portuguese, Polish, Scandinavian, Finnish, Russian, Chinese, Japanese and
 *       Korean forms, and {@code <date>, <name> <address>:}), {@code -----Original Message-----} style separators
 *       (also localized), and Outlook header blocks ({@code From:} then {@code Sent:}/{@code Date:}/{@code To:}/
 *       {@code Subject:} lines, also localized, with a preceding rule line).</li>
 *   <li>A header followed by {@code >}-quoted lines is a bottom-posted or inline reply: the header is removed and
 *       the text around the quotes is kept. A header followed by unquoted text is a top-posted reply: everything
 *       from the header on is removed, unless nothing new stands above it (a forward without a comment keeps the
 *       forwarded text).</li>
 *   <li>Quoted lines ({@code >}, RFC 3676 section 4.5) are removed wherever they are.</li>
 *   <li>A device footer ({@code Sent from my iPhone}, {@code Get Outlook for iOS}, {@code Gesendet von ...}) ends
 *       the reply. A signature is removed from the RFC 3676 delimiter {@code "-- "} (also {@code --}, {@code __},
 *       em-dash rules) when at most {@value #MAX_SIGNATURE_LINES} non-empty lines follow, and a final
 *       {@code -Name} line.</li>
 * </ol>
 */
public final class QuoteStripper {

    /** Longest signature (non-empty lines after the delimiter) that is removed. */
    static final int MAX_SIGNATURE_LINES = 10;
    /** Longest attribution, in characters. */
    private static final int MAX_ATTRIBUTION = 300;

    private static final Pattern ENGLISH_END = Pattern.compile("(?iu).*\\b(wrote|writes)\\s*:?\\s*$");
    private static final Pattern LOCALIZED_END = Pattern.compile(
            "(?iu).*(a écrit|a ecrit|escribió|escribio|escreveu|schrieb|geschrieben|schreef|ha scritto|napisał|pisze"
                    + "|skrev|kirjoitti|пишет|написал|написала|написал\\(а\\)|написав|написала|írta|写道|のメッセージ|작성)"
                    + "\\s*[:：]?\\s*$");
    /** "Am <date> schrieb <name> <address>:" and the like: the verb inside the line, a colon at its end. */
    private static final Pattern VERB_INSIDE = Pattern.compile(
            "(?iu)^\\s*(am|le|el|op|il|em|den|on)\\s.*\\b(schrieb|skrev|schreef|escribió|a écrit|ha scritto|escreveu"
                    + "|wrote)\\b.*[:：]\\s*$");
    /** A verb followed by the quoted author's address at the line end, the closing "&gt;:" wrapped away. */
    private static final Pattern VERB_THEN_ADDRESS = Pattern.compile(
            "(?iu).*\\b(wrote|schrieb|skrev|schreef|escribió|a écrit|ha scritto|escreveu|napisał|написал|написав)\\b"
                    + ".*<[^<>\\s]+@[^<>\\s]+>?\\s*[:：]?\\s*$");
    private static final Pattern ATTRIBUTION_START = Pattern.compile(
            "(?iu)^\\s*-*\\s*(on|le|el|am|op|il|em|w dniu|dnia|den|\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|\\d{4}年|在"
                    + "|20\\d\\d[./-])\\b.*");
    /** "<date or time>, <name> <address>:" without a verb: an address at the end, a time or year in the line. */
    private static final Pattern ADDRESS_COLON_END = Pattern.compile("(?u).*@[^\\s<>]+>?\\s*[:：]\\s*$");
    private static final Pattern TIME_OR_YEAR = Pattern.compile("\\b(\\d{1,2}[:.]\\d{2}|(19|20)\\d{2})\\b");
    private static final Pattern VERB_WORD = Pattern.compile(
            "(?iu)\\b(wrote|schrieb|skrev|schreef|escribió|a écrit|ha scritto|escreveu|napisał|написал|написав)\\b");
    private static final Pattern DASHES_AROUND = Pattern.compile("^[-\\s]+(?=\\S)|(?<=\\S)[-\\s]+$");
    private static final Pattern DIGIT_OR_AT = Pattern.compile("\\d|@");
    private static final Pattern ORIGINAL_MESSAGE = Pattern.compile(
            "(?iu)^\\s*[-_=*]{2,}\\s*(original message|original e-?mail|ursprüngliche nachricht|ursprungliche nachricht"
                    + "|message d'origine|message original|mensaje original|messaggio originale|oorspronkelijk bericht"
                    + "|mensagem original|oryginalna wiadomość|opprinnelig melding|oprindelig meddelelse|oprindelig besked"
                    + "|ursprungligt meddelande|alkuperäinen viesti|исходное сообщение|reply message|original"
                    + "|forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)\\s*[-_=*]{2,}\\s*$");
    private static final Pattern FROM_LINE = Pattern.compile(
            "(?iu)^\\s*\\*?(from|von|de|da|van|od|fra|från|lähettäjä|от|寄件者|发件人|差出人)\\s*:\\*?\\s*\\S.*");
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(?iu)^\\s*\\*?(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|envoye|à|a|objet|copie à|cc"
                    + "|envoyé le|enviado|fecha|para|asunto|inviato|data|oggetto|verzonden|aan|onderwerp|assunto|wysłano|temat|do"
                    + "|sendt|dato|emne|til|skickat|ämne|till|lähetetty|aihe|отправлено|кому|тема|дата"
                    + "|寄件日期|收件者|主旨|发送时间|收件人|主题|送信日時|宛先|件名)\\s*:\\*?.*");
    private static final Pattern MESSAGE_OF = Pattern.compile("(?iu)^\\s*(message (du|from|of)|nachricht vom)\\b.*");
    private static final Pattern RULE = Pattern.compile("^\\s*([-_=*]\\s?){3,}\\s*$");
    private static final Pattern SIGNATURE_DELIMITER = Pattern.compile("^(-- ?|--|[—–]+|_{2,})\\s*$");
    private static final Pattern DASH_NAME = Pattern.compile("^-\\p{L}[\\p{L} .'-]{0,40}$");
    private static final Pattern DEVICE_FOOTER = Pattern.compile(
            "(?iu)^\\s*(sent from (my )?[\\p{L}\\p{N}]+( [\\p{L}\\p{N}]+){0,3}|sent from (mail|outlook) for [\\p{L}\\p{N} ]{1,20}"
                    + "|get outlook for [\\p{L}\\p{N} ]{1,20}|sent from yahoo mail.*|envoyé de mon [\\p{L} ]{1,30}"
                    + "|envoyé à partir de [\\p{L}\\p{N} ]{1,40}|gesendet von [\\p{L}\\p{N} ]{1,40}"
                    + "|von meinem [\\p{L}\\p{N} ]{1,30} gesendet|enviado desde mi [\\p{L}\\p{N} ]{1,30}"
                    + "|inviato da(l mio)? [\\p{L}\\p{N} ]{1,30}|verzonden vanaf mijn [\\p{L}\\p{N} ]{1,30})"
                    + "\\.?\\s*(<[^>\\s]*>)?\\s*$");

    private QuoteStripper() {
    }

    /**
     * @param text a plain-text body with any line endings; null gives ""
     * @return the new text only, lines right-trimmed, blank lines collapsed, trimmed; "" when nothing new is left
     */
    public static String strip(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' ');
        List<String> lines = new ArrayList<>(List.of(normalized.split("\n", -1)));
        int i = 0;
        while (i < lines.size()) {
            if (isQuoted(lines.get(i))) {
                i++;
                continue;
            }
            int header = headerLength(lines, i);
            if (header == 0) {
                i++;
                continue;
            }
            if (nextNonBlankIsQuoted(lines, i + header - 1) || !hasText(lines.subList(0, i))) {
                lines.subList(i, i + header).clear();
                continue;
            }
            lines.subList(walkBack(lines, i), lines.size()).clear();
            break;
        }
        lines.removeIf(QuoteStripper::isQuoted);
        cutDeviceFooter(lines);
        removeSignature(lines);
        return HtmlToText.tidy(String.join("\n", lines));
    }

    /** @return how many lines the quote header starting at {@code i} spans; 0 when there is none */
    private static int headerLength(List<String> lines, int i) {
        String line = lines.get(i).strip();
        if (line.isEmpty()) {
            return 0;
        }
        if (ORIGINAL_MESSAGE.matcher(line).matches()) {
            return 1;
        }
        line = DASHES_AROUND.matcher(line).replaceAll(""); // Zoho: "---- On <date> <address> wrote ----"
        int outlook = outlookHeaderLength(lines, i);
        if (outlook > 0) {
            return outlook;
        }
        if (line.length() > MAX_ATTRIBUTION) {
            return 0;
        }
        if (isOneLineAttribution(lines, i, line)) {
            return 1;
        }
        // wrapped: "On <date>, <name>" / "<address>" / "wrote:" within the next two lines
        int length = line.length();
        for (int j = i + 1; j < Math.min(lines.size(), i + 3); j++) {
            String next = lines.get(j).strip();
            if (next.isEmpty() || next.startsWith(">")) {
                return 0;
            }
            length += next.length() + 1;
            if (length > MAX_ATTRIBUTION) {
                return 0;
            }
            boolean end = ENGLISH_END.matcher(next).matches() || LOCALIZED_END.matcher(next).matches();
            if (end && (ATTRIBUTION_START.matcher(line).matches()
                    || LOCALIZED_END.matcher(next).matches() && DIGIT_OR_AT.matcher(line).find())) {
                return j - i + 1;
            }
            // "2 december 2016 19:05 schreef Name <" / "name@example.com>:"
            if (ADDRESS_COLON_END.matcher(next).matches() && TIME_OR_YEAR.matcher(line).find()
                    && (ATTRIBUTION_START.matcher(line).matches() || VERB_WORD.matcher(line).find())) {
                return j - i + 1;
            }
        }
        return 0;
    }

    private static boolean isOneLineAttribution(List<String> lines, int i, String line) {
        if (VERB_INSIDE.matcher(line).matches()
                || VERB_THEN_ADDRESS.matcher(line).matches() && TIME_OR_YEAR.matcher(line).find()) {
            return true;
        }
        if (ENGLISH_END.matcher(line).matches()) {
            boolean colon = line.endsWith(":");
            return ATTRIBUTION_START.matcher(line).matches() && (colon || DIGIT_OR_AT.matcher(line).find())
                    || colon && nextNonBlankIsQuoted(lines, i);
        }
        if (LOCALIZED_END.matcher(line).matches()) {
            return ATTRIBUTION_START.matcher(line).matches() || DIGIT_OR_AT.matcher(line).find()
                    || nextNonBlankIsQuoted(lines, i);
        }
        return ADDRESS_COLON_END.matcher(line).matches() && TIME_OR_YEAR.matcher(line).find();
    }

    /** An Outlook header block: a From line (possibly wrapped once) followed by at least two header lines. */
    private static int outlookHeaderLength(List<String> lines, int i) {
        if (!FROM_LINE.matcher(lines.get(i)).matches()) {
            return 0;
        }
        int headers = 0;
        int j = i + 1;
        if (j < lines.size() && lines.get(j).contains("@") && !HEADER_LINE.matcher(lines.get(j)).matches()) {
            j++; // the From line's address wrapped onto the next line
        }
        int end = j;
        for (; j < Math.min(lines.size(), i + 8); j++) {
            String next = lines.get(j);
            if (next.isBlank()) {
                if (headers > 0) {
                    break;
                }
                continue;
            }
            if (!HEADER_LINE.matcher(next).matches()) {
                break;
            }
            headers++;
            end = j + 1;
        }
        return headers >= 2 ? end - i : 0;
    }

    /** Also removes rules, "Message du ..." and header lines just above a cut point. */
    private static int walkBack(List<String> lines, int cut) {
        int start = cut;
        for (int k = cut - 1; k >= 0; k--) {
            String l = lines.get(k);
            if (l.isBlank()) {
                continue;
            }
            if (RULE.matcher(l).matches() || MESSAGE_OF.matcher(l).matches()
                    || (HEADER_LINE.matcher(l).matches() && k >= cut - 2)) {
                start = k;
                continue;
            }
            break;
        }
        return start;
    }

    private static boolean isQuoted(String line) {
        return line.stripLeading().startsWith(">");
    }

    private static boolean nextNonBlankIsQuoted(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return next.startsWith(">");
            }
        }
        return false;
    }

    private static boolean hasText(List<String> lines) {
        return lines.stream().anyMatch(l -> !l.isBlank() && !isQuoted(l));
    }

    private static void cutDeviceFooter(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (DEVICE_FOOTER.matcher(lines.get(i)).matches() && hasText(lines.subList(0, i))) {
                lines.subList(i, lines.size()).clear();
                return;
            }
        }
    }

    private static void removeSignature(List<String> lines) {
        trimTrailingBlank(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (SIGNATURE_DELIMITER.matcher(lines.get(i)).matches()) {
                long after = lines.subList(i + 1, lines.size()).stream().filter(l -> !l.isBlank()).count();
                if (after <= MAX_SIGNATURE_LINES && hasText(lines.subList(0, i))) {
                    lines.subList(i, lines.size()).clear();
                    break;
                }
            }
        }
        trimTrailingBlank(lines);
        int last = lines.size() - 1;
        if (last > 0 && DASH_NAME.matcher(lines.get(last).strip()).matches() && hasText(lines.subList(0, last))) {
            lines.remove(last);
            trimTrailingBlank(lines);
        }
    }

    private static void trimTrailingBlank(List<String> lines) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
    }
}
