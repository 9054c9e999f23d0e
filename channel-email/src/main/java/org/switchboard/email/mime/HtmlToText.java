package org.switchboard.email.mime;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML mail bodies to plain text with jsoup's HTML5 parser (never regular expressions on markup): scripts, styles
 * and hidden preheaders dropped, block elements on their own lines, list items as {@code - item}, {@code <br>} as a
 * line break, entities decoded. {@link #convertNewContent(String)} also removes quoted history the way mail clients
 * mark it (Gmail {@code div.gmail_quote}, Apple/Thunderbird {@code blockquote[type=cite]}, Outlook
 * {@code #divRplyFwdMsg} / {@code #appendonsend} and what follows, Yahoo {@code .yahoo_quoted},
 * Outlook for Mac {@code #OLK_SRC_BODY_SECTION}, Thunderbird {@code .moz-cite-prefix}).
 */
public final class HtmlToText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
            "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot", "tr",
            "ul", "body", "html");

    /** Elements that begin quoted history; they and everything after them in their parent are removed. */
    private static final String QUOTE_STARTS = "#divRplyFwdMsg, #appendonsend, hr#stopSpelling, #OLK_SRC_BODY_SECTION, "
            + "div.moz-cite-prefix";
    /** Elements that are quoted history themselves. */
    private static final String QUOTES = "div.gmail_quote, blockquote.gmail_quote, blockquote[type=cite], "
            + "div.yahoo_quoted, div.gmail_extra blockquote, blockquote.protonmail_quote";

    private HtmlToText() {
    }

    /**
     * @param html an HTML document or fragment; null gives ""
     * @return its visible text, trimmed, at most two consecutive line breaks
     */
    public static String convert(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return render(clean(Jsoup.parse(html)));
    }

    /**
     * Like {@link #convert(String)}, without the quoted history mail clients mark in HTML.
     *
     * @param html an HTML document or fragment; null gives ""
     * @return the new content's text
     */
    public static String convertNewContent(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document doc = clean(Jsoup.parse(html));
        for (Element start : doc.select(QUOTE_STARTS)) {
            if (start.parent() == null) {
                continue; // already removed with an earlier start
            }
            Node next = start.nextSibling();
            while (next != null) {
                Node after = next.nextSibling();
                next.remove();
                next = after;
            }
            start.remove();
        }
        doc.select(QUOTES).remove();
        return render(doc);
    }

    private static Document clean(Document doc) {
        doc.select("script, style, head, title, noscript, template, [hidden], [style~=(?i)display:\\s*none]").remove();
        return doc;
    }

    private static String render(Document doc) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (inPre(text)) {
                        out.append(text.getWholeText());
                    } else {
                        String t = text.text();
                        if (!t.isBlank()) {
                            if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                    && Character.isWhitespace(text.getWholeText().charAt(0))) {
                                out.append(' ');
                            }
                            out.append(t.strip());
                            if (Character.isWhitespace(text.getWholeText().charAt(text.getWholeText().length() - 1))) {
                                out.append(' ');
                            }
                        }
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if ("br".equals(tag)) {
                        newline(out);
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                        if (("p".equals(tag) || tag.matches("h[1-6]")) && out.length() > 0
                                && !out.toString().endsWith("\n\n")) {
                            out.append('\n');
                        }
                        if ("li".equals(tag)) {
                            out.append("- ");
                        }
                    } else if ("td".equals(tag) || "th".equals(tag)) {
                        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                            out.append(' ');
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()))) {
                    newline(out);
                    if ("p".equals(e.normalName()) || e.normalName().matches("h[1-6]")) {
                        out.append('\n');
                    }
                }
            }
        }, doc);
        return tidy(out.toString());
    }

    private static boolean inPre(TextNode text) {
        for (Node p = text.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && "pre".equals(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static void newline(StringBuilder out) {
        int len = out.length();
        while (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(--len);
        }
        if (len > 0 && out.charAt(len - 1) != '\n') {
            out.append('\n');
        }
    }

    /**
     * Trims every line's trailing spaces, replaces non-breaking spaces, keeps at most one empty line in a row.
     *
     * @param text any text
     * @return the tidied text, trimmed
     */
    static String tidy(String text) {
        String[] lines = text.replace('\u00a0', ' ').split("\n", -1);
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            String l = line.stripTrailing();
            if (l.isBlank()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            out.append(l);
        }
        return out.toString();
    }
}
