package org.switchboard.slack.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.reply.ReplyContent;

class SlackRepliesTest {

    @Test
    void anAnswerIsEscapedMrkdwnWithTheSourceAsABoldLink() {
        ReplyContent answer = ReplyContent.of(
                new ReplyContent.Paragraph("Here is what our help center says:"),
                new ReplyContent.Source("Cards & <Virtual>", "", "https://help.example/a?x=1&y=|2", "doc_1"),
                new ReplyContent.Paragraph("Go to Cards > Virtual. <!channel> & <https://evil.example|Log in>"));

        assertThat(SlackReplies.mrkdwn(answer)).isEqualTo("""
                Here is what our help center says:

                Source: *<https://help.example/a?x=1&amp;y=%7C2|Cards &amp; &lt;Virtual&gt;>*

                Go to Cards &gt; Virtual. &lt;!channel&gt; &amp; &lt;https://evil.example|Log in&gt;""");
        assertThat(SlackReplies.blocks(answer)).isEmpty();
    }

    @Test
    void aSourceWithoutAnAddressIsBoldText() {
        assertThat(SlackReplies.mrkdwn(ReplyContent.of(new ReplyContent.Source("Fees", "Wires", "", ""))))
                .isEqualTo("Source: *Fees — Wires*");
    }

    @Test
    void aQuestionHasOneButtonPerOptionWithTheFullTitleAsValue() {
        String longTitle = "A very long article title that goes on and on about virtual cards and their many limits";
        ReplyContent question = new ReplyContent(List.of(new ReplyContent.Paragraph("Which one do you mean?")),
                List.of(new ReplyContent.ReplyChoice(1, "Lock <your> card"), new ReplyContent.ReplyChoice(2, longTitle)));

        List<LayoutBlock> blocks = SlackReplies.blocks(question);

        assertThat(blocks).hasSize(2);
        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).isEqualTo("Which one do you mean?");
        List<ButtonElement> buttons = ((ActionsBlock) blocks.get(1)).getElements().stream()
                .map(ButtonElement.class::cast).toList();
        assertThat(buttons).extracting(ButtonElement::getActionId).containsExactly("knowledge_choice_1", "knowledge_choice_2");
        assertThat(buttons).extracting(ButtonElement::getValue).containsExactly("Lock <your> card", longTitle);
        assertThat(buttons.get(0).getText().getText()).isEqualTo("Lock <your> card");
        assertThat(buttons.get(1).getText().getText()).hasSize(75).endsWith("…");
        assertThat(SlackReplies.mrkdwn(question)).isEqualTo("Which one do you mean?\n\n1. Lock &lt;your&gt; card\n2. " + longTitle);
    }
}
