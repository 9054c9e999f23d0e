package org.switchboard.core.memory;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;

/**
 * Keeps a conversation's model memory bounded: when it holds more than {@code window} messages, the oldest are
 * folded into a running extractive summary (who said what, each line shortened) and the kept window starts at a
 * customer message, so a tool result is never separated from the tool call it answers (providers reject that).
 *
 * @param window        the most messages kept verbatim; at least 2
 * @param summaryChars  the longest summary kept, in characters (older summary text is cut from the front)
 * @param lineChars     the longest line per folded message
 */
public record MemoryCompactor(int window, int summaryChars, int lineChars) {

    /** @throws IllegalArgumentException when a limit is too small */
    public MemoryCompactor {
        if (window < 2 || summaryChars < 100 || lineChars < 20) {
            throw new IllegalArgumentException("window >= 2, summaryChars >= 100, lineChars >= 20");
        }
    }

    /**
     * The outcome of compaction.
     *
     * @param kept    the messages kept verbatim, oldest first
     * @param summary the summary of everything before them, or null when nothing was ever folded
     * @param folded  how many messages were folded this time
     */
    public record Compacted(List<ChatMessage> kept, String summary, int folded) {
    }

    /**
     * @param messages the memory, oldest first (no system messages)
     * @param summary  the existing summary, or null
     * @return the compacted memory; unchanged when within the window
     */
    public Compacted compact(List<ChatMessage> messages, String summary) {
        if (messages.size() <= window) {
            return new Compacted(List.copyOf(messages), summary, 0);
        }
        int start = messages.size() - window;
        while (start < messages.size() && !(messages.get(start) instanceof UserMessage)) {
            start++;
        }
        StringBuilder text = new StringBuilder(summary == null ? "" : summary);
        for (ChatMessage folded : messages.subList(0, start)) {
            String line = line(folded);
            if (line != null) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        String kept = text.length() <= summaryChars ? text.toString()
                : "…" + text.substring(text.length() - summaryChars + 1);
        return new Compacted(List.copyOf(messages.subList(start, messages.size())), kept, start);
    }

    private String line(ChatMessage message) {
        String who;
        String content;
        if (message instanceof UserMessage user) {
            who = "Customer";
            content = user.hasSingleText() ? user.singleText() : user.toString();
        } else if (message instanceof AiMessage ai && ai.text() != null && !ai.text().isBlank()) {
            who = "Agent";
            content = ai.text();
        } else {
            return null;
        }
        String flat = content.replaceAll("\\s+", " ").strip();
        return who + ": " + (flat.length() <= lineChars ? flat : flat.substring(0, lineChars - 1) + "…");
    }
}
