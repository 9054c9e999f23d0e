package org.switchboard.plugins.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an article's Markdown into {@link Passage}s for indexing and quoting.
 *
 * <ol>
 *   <li>A new section starts at every ATX heading of level 1 to 3 ({@code #}, {@code ##}, {@code ###}; not
 *       inside a fenced code block). Deeper headings stay in their section as a plain line.</li>
 *   <li>Each section's body becomes plain text ({@link MarkdownText}); sections with no text are skipped.</li>
 *   <li>A section longer than {@link #maxChars()} is cut at paragraph boundaries (blank lines), packing whole
 *       paragraphs greedily; a paragraph that is still too long (a long list or table) is cut between lines,
 *       a line between sentences, a sentence between words, and a single over-long word hard.</li>
 * </ol>
 *
 * Every passage keeps its section's heading and is at most {@link #maxChars()} characters (UTF-16 units).
 * A passage is {@link Passage#internal() internal} when its heading, or the heading of an enclosing section
 * (lower level number), marks agent-only content: the word "internal" or "confidential", "agents only",
 * "not to disclose" (e.g. {@code ### CODES NOT TO DISCLOSE (INTERNAL USE ONLY)}).
 * Instances are immutable and thread-safe.
 */
public final class PassageSplitter {

    /** Default maximum passage length in characters. */
    public static final int DEFAULT_MAX_CHARS = 800;

    /** Smallest accepted maximum, so a passage can hold at least a sentence. */
    public static final int MIN_MAX_CHARS = 80;

    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,3})\\s+(.*?)(\\s+#+)?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s{0,3}(```|~~~).*");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINE_BREAK = Pattern.compile("\\n");
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?;:])\\s+");
    private static final Pattern WORD_BREAK = Pattern.compile("\\s+");

    /** The ways to cut, coarsest first, with the separator to re-join pieces with. */
    private static final Pattern[] BREAKS = {PARAGRAPH_BREAK, LINE_BREAK, SENTENCE_BREAK, WORD_BREAK};
    private static final String[] JOINERS = {"\n\n", "\n", " ", " "};

    private final int maxChars;

    /** A splitter with passages of at most {@value #DEFAULT_MAX_CHARS} characters. */
    public PassageSplitter() {
        this(DEFAULT_MAX_CHARS);
    }

    /**
     * @param maxChars the maximum passage length in characters
     * @throws IllegalArgumentException if maxChars is below {@value #MIN_MAX_CHARS}
     */
    public PassageSplitter(int maxChars) {
        if (maxChars < MIN_MAX_CHARS) {
            throw new IllegalArgumentException("maxChars must be at least " + MIN_MAX_CHARS + ": " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /** @return the maximum passage length in characters */
    public int maxChars() {
        return maxChars;
    }

    /**
     * Splits Markdown into passages.
     *
     * @param markdown an article body in Markdown; null or blank gives no passages
     * @return the passages in document order; empty if there is no text; unmodifiable
     */
    public List<Passage> split(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return List.of();
        }
        List<Passage> passages = new ArrayList<>();
        String section = "";
        boolean internal = false;
        int internalLevel = 0;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (FENCE.matcher(line).matches()) {
                inFence = !inFence;
            }
            Matcher heading = inFence ? null : HEADING.matcher(line);
            if (heading != null && heading.matches()) {
                addSection(section, internal, body, passages);
                int level = heading.group(1).length();
                section = MarkdownText.inline(heading.group(2)).strip();
                if (internalLevel > 0 && level <= internalLevel) {
                    internalLevel = 0;
                }
                if (internalLevel == 0 && InternalMarkers.isInternalHeading(section)) {
                    internalLevel = level;
                }
                internal = internalLevel > 0;
                body.setLength(0);
            } else {
                body.append(line).append('\n');
            }
        }
        addSection(section, internal, body, passages);
        return List.copyOf(passages);
    }

    private void addSection(String section, boolean internal, CharSequence markdown, List<Passage> passages) {
        String text = MarkdownText.toPlainText(markdown.toString());
        if (text.isEmpty()) {
            return;
        }
        for (String chunk : pack(text, 0)) {
            passages.add(new Passage(section, chunk, internal));
        }
    }

    /** Cuts text into chunks of at most maxChars, at the coarsest break that works, packing pieces greedily. */
    private List<String> pack(String text, int level) {
        List<String> chunks = new ArrayList<>();
        if (text.length() <= maxChars) {
            chunks.add(text);
            return chunks;
        }
        if (level == BREAKS.length) {
            for (int start = 0; start < text.length(); start += maxChars) {
                chunks.add(text.substring(start, Math.min(text.length(), start + maxChars)));
            }
            return chunks;
        }
        String joiner = JOINERS[level];
        StringBuilder current = new StringBuilder();
        for (String piece : BREAKS[level].split(text)) {
            String part = level == 0 ? piece.strip() : piece.stripTrailing();
            if (part.isBlank()) {
                continue;
            }
            if (part.length() > maxChars) {
                flush(current, chunks);
                chunks.addAll(pack(part.strip(), level + 1));
                continue;
            }
            if (current.length() > 0 && current.length() + joiner.length() + part.length() > maxChars) {
                flush(current, chunks);
            }
            if (current.length() > 0) {
                current.append(joiner);
            }
            current.append(current.length() == 0 && level > 0 ? part.strip() : part);
        }
        flush(current, chunks);
        return chunks;
    }

    private static void flush(StringBuilder current, List<String> chunks) {
        String chunk = current.toString().strip();
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        current.setLength(0);
    }
}
