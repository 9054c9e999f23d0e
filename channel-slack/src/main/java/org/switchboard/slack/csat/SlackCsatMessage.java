package org.switchboard.slack.csat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.core.csat.CsatQuestion;
import org.switchboard.slack.events.SlackText;

/**
 * The CSAT question as Block Kit ("Block Kit", "Button element"): a section with {@link CsatQuestion#PROMPT} and an
 * {@code actions} block (block id {@value #BLOCK_ID}) of five buttons, action ids {@value #ACTION}1 to
 * {@value #ACTION}5, each with the request's token as its value (the only thing a click carries back).
 */
public final class SlackCsatMessage {

    /** Action id prefix of the rating buttons; the score follows. */
    public static final String ACTION = "csat_rate_";

    /** Block id of the buttons. */
    public static final String BLOCK_ID = "csat_rating";

    private SlackCsatMessage() {
    }

    /** @return the notification text (for clients without blocks): the question, escaped for mrkdwn */
    public static String text() {
        return SlackText.escape(CsatQuestion.PROMPT);
    }

    /**
     * @param token the request's token
     * @return the question and its five buttons
     */
    public static List<LayoutBlock> blocks(String token) {
        List<BlockElement> buttons = new ArrayList<>();
        for (int score = 1; score <= 5; score++) {
            buttons.add(ButtonElement.builder()
                    .actionId(ACTION + score)
                    .value(token)
                    .text(PlainTextObject.builder().text(CsatQuestion.label(score)).emoji(false).build())
                    .build());
        }
        return List.of(
                SectionBlock.builder().text(MarkdownTextObject.builder().text(text()).build()).build(),
                ActionsBlock.builder().blockId(BLOCK_ID).elements(buttons).build());
    }
}
