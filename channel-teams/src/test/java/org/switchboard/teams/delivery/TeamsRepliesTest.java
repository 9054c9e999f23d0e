package org.switchboard.teams.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.reply.ReplyContent;

class TeamsRepliesTest {

    @Test
    void anAnswerIsMarkdownWithALinkedSourceAndNoEntities() {
        ReplyContent answer = ReplyContent.of(
                new ReplyContent.Paragraph("Here is what our help center says:"),
                new ReplyContent.Source("Cards [virtual]", "Create", "https://help.example/cards (new)", "doc_1"),
                new ReplyContent.Paragraph("Go to Cards > Virtual & tap Add. Terms &amp; fees apply. <b>bold</b>"));

        String markdown = TeamsReplies.markdown(answer);

        assertThat(markdown).isEqualTo("Here is what our help center says:\n\n"
                + "Source: **[Cards \\[virtual\\] — Create](https://help.example/cards%20%28new%29)**\n\n"
                + "Go to Cards > Virtual & tap Add. Terms &\u200Bamp; fees apply. <\u200Bb>bold<\u200B/b>");
        assertThat(markdown.replace("&\u200Bamp;", "")).doesNotContain("&gt;", "&lt;", "&amp;");
    }

    @Test
    void plainTextKeepsComparisonsAndAmpersandsAsTheyAre() {
        assertThat(TeamsText.neutralizeMarkup("5 < 10 & 10 > 5, Cards > Virtual")).isEqualTo("5 < 10 & 10 > 5, Cards > Virtual");
        assertThat(TeamsText.neutralizeMarkup("<!-- x --> &#60; &#x3C;")).isEqualTo("<\u200B!-- x --> &\u200B#60; &\u200B#x3C;");
    }

    @Test
    void aQuestionIsAnAdaptiveCardWithASubmitButtonPerOption() {
        ReplyContent question = new ReplyContent(List.of(new ReplyContent.Paragraph("Which one do you mean?")),
                List.of(new ReplyContent.ReplyChoice(1, "Lock your card"), new ReplyContent.ReplyChoice(2, "Cards > Virtual")));

        ObjectNode card = TeamsReplies.choiceCard(question);

        assertThat(card.get("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.get("body")).isEmpty();
        assertThat(TeamsReplies.question(question)).isEqualTo("Which one do you mean?");
        JsonNode second = card.get("actions").get(1);
        assertThat(second.get("type").asText()).isEqualTo("Action.Submit");
        assertThat(second.get("title").asText()).isEqualTo("Cards > Virtual");
        assertThat(second.get("data").get("knowledgeChoice").asInt()).isEqualTo(2);
        assertThat(second.get("data").get("label").asText()).isEqualTo("Cards > Virtual");
        assertThat(card.toString()).doesNotContain("&gt;");
    }
}
