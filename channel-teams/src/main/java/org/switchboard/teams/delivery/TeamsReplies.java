package org.switchboard.teams.delivery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.StringJoiner;
import org.switchboard.core.reply.ReplyContent;
import org.switchboard.teams.activity.ActivityNormalizer;

/**
 * Renders a {@link ReplyContent} for Teams, without HTML entities anywhere:
 * <ul>
 *   <li>as Markdown message text: blocks separated by a blank line, every text through
 *       {@link TeamsText#neutralizeMarkup}, the source as {@code Source: } and its title in bold, as a link {@code [title](url)} when the article has
 *       an address ({@code [}, {@code ]} in the title backslash-escaped, spaces and parentheses in the address
 *       percent-encoded so it cannot end the link early);</li>
 *   <li>a clarifying question as that Markdown text (the question) above an Adaptive Card (schema 1.4; its button
 *       titles are never HTML, so they are sent as they are) with one {@code Action.Submit} per option, data
 *       {@code {"knowledgeChoice": n, "label": "<title>"}}: Teams sends the click back as a {@code message} activity
 *       with that {@code value}, which becomes the customer's next message.</li>
 * </ul>
 */
public final class TeamsReplies {

    /** Content type of an Adaptive Card attachment. */
    public static final String CARD = "application/vnd.microsoft.card.adaptive";
    /** Key of the option's number in an option button's data. */
    public static final String CHOICE = ActivityNormalizer.CHOICE;
    /** Key of the option's label (the article's title) in an option button's data. */
    public static final String LABEL = ActivityNormalizer.LABEL;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TeamsReplies() {
    }

    /**
     * @param content the reply
     * @return its Markdown text (for a clarifying question: the question and the numbered options, shown where cards
     *         are not rendered, e.g. notifications)
     */
    public static String markdown(ReplyContent content) {
        StringJoiner out = new StringJoiner("\n\n");
        for (ReplyContent.Block block : content.blocks()) {
            if (block instanceof ReplyContent.Source s) {
                String heading = TeamsText.neutralizeMarkup(s.heading()).replace("[", "\\[").replace("]", "\\]");
                out.add("Source: " + (s.url().isEmpty() ? "**" + heading + "**"
                        : "**[" + heading + "](" + linkTarget(s.url()) + ")**"));
            } else {
                out.add(TeamsText.neutralizeMarkup(((ReplyContent.Paragraph) block).text()));
            }
        }
        if (content.asksToChoose()) {
            StringJoiner list = new StringJoiner("\n");
            content.choices().forEach(c -> list.add(c.number() + ". " + TeamsText.neutralizeMarkup(c.label())));
            out.add(list.toString());
        }
        return out.toString();
    }

    /**
     * @param content a clarifying question ({@link ReplyContent#asksToChoose()})
     * @return the question as Markdown message text, shown above the card (without the options: they are the card's
     *         buttons)
     */
    public static String question(ReplyContent content) {
        return markdown(new ReplyContent(content.blocks(), java.util.List.of()));
    }

    /**
     * @param content a clarifying question ({@link ReplyContent#asksToChoose()})
     * @return the Adaptive Card with one {@code Action.Submit} per option (the question itself is the message text,
     *         {@link #question})
     * @throws IllegalArgumentException when the reply offers no choices
     */
    public static ObjectNode choiceCard(ReplyContent content) {
        if (!content.asksToChoose()) {
            throw new IllegalArgumentException("only a clarifying question is sent as a card");
        }
        ArrayNode body = NODES.arrayNode();
        ArrayNode actions = NODES.arrayNode();
        for (ReplyContent.ReplyChoice choice : content.choices()) {
            actions.add(NODES.objectNode().put("type", "Action.Submit").put("title", choice.label())
                    .set("data", NODES.objectNode().put(CHOICE, choice.number()).put(LABEL, choice.label())));
        }
        return card(body, actions);
    }

    /**
     * @param body    the card's elements
     * @param actions its buttons
     * @return an Adaptive Card (schema 1.4) with them
     */
    public static ObjectNode card(ArrayNode body, ArrayNode actions) {
        ObjectNode card = NODES.objectNode()
                .put("type", "AdaptiveCard")
                .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
                .put("version", "1.4");
        card.set("body", body);
        card.set("actions", actions);
        return card;
    }

    /** An address as a Markdown link target: spaces and parentheses percent-encoded. */
    static String linkTarget(String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29");
    }
}
