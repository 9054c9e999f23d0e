package org.switchboard.plugins.knowledge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a piece of Markdown (CommonMark / GitHub-flavoured, as written in the knowledge-base articles) into
 * plain text a customer can read in a chat message, keeping its structure:
 * <ul>
 *   <li>emphasis ({@code **b**}, {@code __b__}, {@code *i*}, {@code _i_}), code spans and backslash escapes
 *       lose their markup; underscores inside words ({@code open_bank_account}) are kept;</li>
 *   <li>links become {@code text (url)}, images their alt text;</li>
 *   <li>list items keep a {@code "- "} bullet (or their {@code "1. "} number) and their nesting, two spaces a
 *       level;</li>
 *   <li>table rows become one line each, {@code "Header: cell; Header: cell"} (separator row dropped);</li>
 *   <li>heading lines (any level) keep their text only; block quotes lose {@code >}; rules and code-fence lines
 *       are dropped (fenced code is kept verbatim);</li>
 *   <li>paragraphs stay separated by one blank line; runs of blank lines collapse.</li>
 * </ul>
 * HTML is not interpreted: {@code <customer_id>}-style placeholders stay as written.
 */
final class MarkdownText {

    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern QUOTE = Pattern.compile("^\\s{0,3}>\\s?");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d{1,9})[.)]\\s+(.*)$");
    private static final Pattern TABLE_SEPARATOR =
            Pattern.compile("^\\s*\\|?\\s*:?-{1,}:?\\s*(\\|\\s*:?-{1,}:?\\s*)*\\|?\\s*$");

    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\(\\s*<?([^)\\s>]+)>?(\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern STRONG_STARS = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern STRONG_UNDERSCORES = Pattern.compile("(?<![\\p{L}\\p{N}_])__(?=\\S)(.+?)(?<=\\S)__(?![\\p{L}\\p{N}_])");
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\p{L}\\p{N}*\\\\])\\*(?=[^\\s*])([^*]+?)(?<=[^\\s*])\\*(?![\\p{L}\\p{N}*])");
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])([^_]+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");
    private static final Pattern BLANK_RUNS = Pattern.compile("\\n{3,}");

    private MarkdownText() {
    }

    /**
     * Converts Markdown to readable plain text (see the class comment for the rules).
     *
     * @param markdown Markdown text, may be null or empty
     * @return the plain text, stripped of leading and trailing white space; empty for null
     */
    static String toPlainText(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String[] lines = markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> out = new ArrayList<>(lines.length);
        boolean inFence = false;
        ListNesting nesting = new ListNesting();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
                continue;
            }
            if (inFence) {
                out.add(stripTrailing(line));
                continue;
            }
            if (isTableRow(line)) {
                int end = i;
                while (end + 1 < lines.length && isTableRow(lines[end + 1])) {
                    end++;
                }
                table(lines, i, end, out);
                nesting.reset();
                i = end;
                continue;
            }
            out.add(block(line, nesting));
        }
        String text = BLANK_RUNS.matcher(String.join("\n", out)).replaceAll("\n\n");
        return text.strip();
    }

    /**
     * Strips inline markup (emphasis, code spans, links, images, escapes) from one line.
     *
     * @param text one line of Markdown, not null
     * @return the line without inline markup, not trimmed
     */
    static String inline(String text) {
        String s = IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).equals(m.group(2)) ? m.group(1) : m.group(1) + " (" + m.group(2) + ")"));
        s = CODE_SPAN.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2).strip()));
        s = STRONG_STARS.matcher(s).replaceAll("$1");
        s = STRONG_UNDERSCORES.matcher(s).replaceAll("$1");
        s = EM_STAR.matcher(s).replaceAll("$1");
        s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
        return ESCAPE.matcher(s).replaceAll("$1");
    }

    private static String block(String line, ListNesting nesting) {
        if (line.isBlank()) {
            return "";
        }
        if (RULE.matcher(line).matches()) {
            nesting.reset();
            return "";
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            nesting.reset();
            return inline(heading.group(1)).strip();
        }
        String unquoted = QUOTE.matcher(line).replaceFirst("");
        if (unquoted.isBlank()) {
            return "";
        }
        Matcher bullet = BULLET.matcher(unquoted);
        if (bullet.matches()) {
            return nesting.indentFor(bullet.group(1)) + "- " + inline(bullet.group(2)).strip();
        }
        Matcher numbered = NUMBERED.matcher(unquoted);
        if (numbered.matches()) {
            return nesting.indentFor(numbered.group(1)) + numbered.group(2) + ". " + inline(numbered.group(3)).strip();
        }
        if (!Character.isWhitespace(unquoted.charAt(0))) {
            nesting.reset();
        }
        return inline(unquoted).strip();
    }

    /**
     * Tracks the indentation of the open list items, so that a nested item is indented by two spaces per level
     * whatever width (2, 3, 4 spaces, tabs) the source used.
     */
    private static final class ListNesting {
        private final Deque<Integer> open = new ArrayDeque<>();

        String indentFor(String whitespace) {
            int width = 0;
            for (int i = 0; i < whitespace.length(); i++) {
                width += whitespace.charAt(i) == '\t' ? 4 : 1;
            }
            while (!open.isEmpty() && open.peek() >= width) {
                open.pop();
            }
            int level = open.size();
            open.push(width);
            return "  ".repeat(Math.min(level, 6));
        }

        void reset() {
            open.clear();
        }
    }

    private static boolean isTableRow(String line) {
        return line.strip().startsWith("|");
    }

    private static void table(String[] lines, int start, int end, List<String> out) {
        List<String> header = null;
        int first = start;
        if (start + 1 <= end && TABLE_SEPARATOR.matcher(lines[start + 1]).matches()) {
            header = cells(lines[start]);
            first = start + 2;
        }
        for (int i = first; i <= end; i++) {
            if (TABLE_SEPARATOR.matcher(lines[i]).matches()) {
                continue;
            }
            List<String> row = cells(lines[i]);
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                if (cell.isEmpty()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append("; ");
                }
                String name = header != null && c < header.size() ? header.get(c) : "";
                text.append(name.isEmpty() ? cell : name + ": " + cell);
            }
            if (text.length() > 0) {
                out.add(text.toString());
            }
        }
        out.add("");
    }

    private static List<String> cells(String row) {
        String s = row.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|") && !s.endsWith("\\|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : s.split("(?<!\\\\)\\|", -1)) {
            cells.add(inline(cell.replace("\\|", "|")).strip());
        }
        return cells;
    }

    private static String stripTrailing(String line) {
        return line.stripTrailing();
    }
}
