package org.switchboard.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyContentTest {

    private static final ReplyContent ANSWER = ReplyContent.of(
            new ReplyContent.Paragraph("Here is what our help center says:"),
            new ReplyContent.Source("Virtual cards", "Create one", "https://help.example/cards?a=1&b=2", "doc_v_001"),
            new ReplyContent.Paragraph("Go to Cards > Virtual & tap Add."));

    private static final ReplyContent QUESTION = new ReplyContent(
            List.of(new ReplyContent.Paragraph("Which one do you mean?")),
            List.of(new ReplyContent.ReplyChoice(1, "Lock your card"), new ReplyContent.ReplyChoice(2, "Replace a card")));

    @Test
    void plainTextHasTheSourceWithItsIdAndAddressAndNoMarkup() {
        assertThat(PlainTextReplies.render(ANSWER)).isEqualTo("""
                Here is what our help center says:

                Source: "Virtual cards — Create one" [doc_v_001]
                https://help.example/cards?a=1&b=2

                Go to Cards > Virtual & tap Add.""");
    }

    @Test
    void plainTextOfAQuestionIsANumberedListWithHowToAnswer() {
        assertThat(PlainTextReplies.render(QUESTION)).isEqualTo("""
                Which one do you mean?

                1. Lock your card
                2. Replace a card

                Reply with the number or the title of the article you mean.""");
    }

    @Test
    void jsonKeepsEveryPart() {
        assertThat(ReplyContentJson.read(ReplyContentJson.write(ANSWER))).isEqualTo(ANSWER);
        assertThat(ReplyContentJson.read(ReplyContentJson.write(QUESTION))).isEqualTo(QUESTION);
    }

    @Test
    void aSectionThatRepeatsTheTitleIsDropped() {
        assertThat(new ReplyContent.Source("Fees", "fees", "", "").heading()).isEqualTo("Fees");
    }

    @Test
    void onlyWebAddressesAreLinks() {
        assertThatThrownBy(() -> new ReplyContent.Source("T", "", "javascript:alert(1)", ""))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void choicesAreNumberedInOrder() {
        assertThatThrownBy(() -> new ReplyContent(List.of(new ReplyContent.Paragraph("Q")),
                List.of(new ReplyContent.ReplyChoice(2, "A")))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGuardSeesEveryText() {
        ReplyContent masked = QUESTION.mapText(String::toUpperCase);
        assertThat(masked.choices()).extracting(ReplyContent.ReplyChoice::label).containsExactly("LOCK YOUR CARD", "REPLACE A CARD");
        assertThat(ANSWER.mapText(String::toUpperCase).blocks().get(1))
                .isEqualTo(new ReplyContent.Source("VIRTUAL CARDS", "CREATE ONE", "https://help.example/cards?a=1&b=2", "doc_v_001"));
    }
}
