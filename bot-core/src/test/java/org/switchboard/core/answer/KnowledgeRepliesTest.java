package org.switchboard.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.KnowledgeCitation;
import org.switchboard.core.reply.PlainTextReplies;
import org.switchboard.core.reply.ReplyContent;

class KnowledgeRepliesTest {

    private final KnowledgeReplies replies = new KnowledgeReplies(60);

    @Test
    void anAnswerQuotesWholeSentencesAndItsLinkedSource() {
        KnowledgeCitation citation = new KnowledgeCitation("doc_v", "Virtual cards", "Create one",
                "Open Cards > Virtual. Tap Add card and confirm. The card is ready in 5 seconds.",
                "https://help.example/virtual", 0.8);

        ReplyContent answer = replies.answer(citation);

        assertThat(answer.blocks()).containsExactly(
                new ReplyContent.Paragraph(KnowledgeReplies.ANSWER_INTRO),
                new ReplyContent.Paragraph("Open Cards > Virtual. Tap Add card and confirm."),
                new ReplyContent.Source("Virtual cards", "Create one", "https://help.example/virtual", "doc_v"),
                new ReplyContent.Paragraph(KnowledgeReplies.ANSWER_FOOTER));
        assertThat(PlainTextReplies.render(answer)).contains("[doc_v]").doesNotContain("&gt;");
    }

    @Test
    void aQuestionOffersEachArticleByTitleAndTellsRepeatedTitlesApartBySection() {
        ReplyContent question = replies.clarify(List.of(
                new KnowledgeCitation("doc_a", "Card limits", "Daily", "A.", "", 0.6),
                new KnowledgeCitation("doc_b", "Card limits", "Monthly", "B.", "", 0.5),
                new KnowledgeCitation("doc_c", "Lock your card", "", "C.", "", 0.4)));

        assertThat(question.choices()).extracting(ReplyContent.ReplyChoice::label)
                .containsExactly("Card limits — Daily", "Card limits — Monthly", "Lock your card");
        assertThat(question.blocks()).containsExactly(new ReplyContent.Paragraph(KnowledgeReplies.CLARIFY_QUESTION));
    }
}
