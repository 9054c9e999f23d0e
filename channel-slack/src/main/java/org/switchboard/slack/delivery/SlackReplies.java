package org.switchboard.slack.delivery;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.slack.events.SlackText;

/**
 * Renders a {@link ReplyContent} as Slack mrkdwn and Block Kit ("Formatting text for app surfaces", "Block Kit"):
 * every text escaped ({@code &}, {@code <}, {@code >} as {@code &amp;}, {@code &lt;}, {@code &gt;},
 * {@link SlackText#escape}); the source as {@code Source: } and its title in bold, as a link {@code <url|title>} when the article has an address (the
 * address's own {@code &<>} escaped and {@code |} percent-encoded, so it can end neither the link nor start another);
 * the options of a clarifying question as buttons in an {@code actions} block (action ids {@value #CHOICE_ACTION}1,
 * 2, 3; value the option's full title, which comes back as the customer's choice; label the title, at most {@value #MAX_BUTTON_LABEL} characters as Slack allows),
 * above them the question, and in the notification text also the numbered list (for clients without blocks).
 */
public final class SlackReplies {

    /** Action id prefix of the option buttons; the option's number follows. */
    public static final String CHOICE_ACTION = "knowledge_choice_";

    /** Slack's limit for a button's value. */
    static final int MAX_BUTTON_VALUE = 2000;

    /** Slack's limit for a button's text. */
    static final int MAX_BUTTON_LABEL = 75;

    private SlackReplies() {
    }

    /**
     * @param content the reply
     * @return its mrkdwn text (blocks separated by a blank line; the options as a numbered list)
     */
    public static String mrkdwn(ReplyContent content) {
        StringJoiner out = new StringJoiner("\n\n");
        for (ReplyContent.Block block : content.blocks()) {
            out.add(block(block));
        }
        if (content.asksToChoose()) {
            StringJoiner list = new StringJoiner("\n");
            content.choices().forEach(c -> list.add(c.number() + ". " + SlackText.escape(c.label())));
            out.add(list.toString());
        }
        return out.toString();
    }

    /**
     * @param content the reply
     * @return the Block Kit blocks of a clarifying question (a section with the question, then the buttons); empty
     *         for any other reply, which goes as mrkdwn text only
     */
    public static List<LayoutBlock> blocks(ReplyContent content) {
        if (!content.asksToChoose()) {
            return List.of();
        }
        StringJoiner question = new StringJoiner("\n\n");
        content.blocks().forEach(b -> question.add(block(b)));
        List<BlockElement> buttons = new ArrayList<>();
        for (ReplyContent.ReplyChoice choice : content.choices()) {
            buttons.add(ButtonElement.builder()
                    .actionId(CHOICE_ACTION + choice.number())
                    .value(choice.label().length() <= MAX_BUTTON_VALUE ? choice.label()
                            : choice.label().substring(0, MAX_BUTTON_VALUE))
                    .text(PlainTextObject.builder().text(buttonLabel(choice.label())).emoji(false).build())
                    .build());
        }
        return List.of(
                SectionBlock.builder().text(MarkdownTextObject.builder().text(question.toString()).build()).build(),
                ActionsBlock.builder().blockId("knowledge_choices").elements(buttons).build());
    }

    private static String block(ReplyContent.Block block) {
        if (block instanceof ReplyContent.Source s) {
            String heading = SlackText.escape(s.heading());
            return "Source: " + (s.url().isEmpty() ? "*" + heading + "*" : "*<" + linkTarget(s.url()) + "|" + heading + ">*");
        }
        return SlackText.escape(((ReplyContent.Paragraph) block).text());
    }

    /** An address as the target of a mrkdwn link: {@code &<>} escaped, {@code |} percent-encoded. */
    static String linkTarget(String url) {
        return SlackText.escape(url).replace("|", "%7C");
    }

    private static String buttonLabel(String label) {
        return label.length() <= MAX_BUTTON_LABEL ? label : label.substring(0, MAX_BUTTON_LABEL - 1) + "…";
    }
}
