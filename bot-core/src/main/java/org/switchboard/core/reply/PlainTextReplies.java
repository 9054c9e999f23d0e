package org.switchboard.core.reply;

import java.util.StringJoiner;

/**
 * The plain-text form of a {@link ReplyContent}: what email sends and what the transcript keeps. Blocks are separated
 * by a blank line; a source reads {@code Source: "Title — Section" [article-id]} with its address on the next line when it has
 * one; the choices of a clarifying question are a numbered list ({@code 1. Title}) followed by how to answer it by
 * text ({@value #CHOOSE_BY_TEXT}).
 */
public final class PlainTextReplies {

    /** How a customer answers a clarifying question in a text-only channel. */
    public static final String CHOOSE_BY_TEXT = "Reply with the number or the title of the article you mean.";

    private PlainTextReplies() {
    }

    /**
     * @param content the reply
     * @return its plain text; never blank
     */
    public static String render(ReplyContent content) {
        StringJoiner out = new StringJoiner("\n\n");
        for (ReplyContent.Block block : content.blocks()) {
            if (block instanceof ReplyContent.Paragraph p) {
                out.add(p.text());
            } else if (block instanceof ReplyContent.Source s) {
                out.add("Source: \"" + s.heading() + "\"" + (s.id().isEmpty() ? "" : " [" + s.id() + "]")
                        + (s.url().isEmpty() ? "" : "\n" + s.url()));
            }
        }
        if (content.asksToChoose()) {
            StringJoiner list = new StringJoiner("\n");
            content.choices().forEach(c -> list.add(c.number() + ". " + c.label()));
            out.add(list.toString());
            out.add(CHOOSE_BY_TEXT);
        }
        return out.toString();
    }
}
