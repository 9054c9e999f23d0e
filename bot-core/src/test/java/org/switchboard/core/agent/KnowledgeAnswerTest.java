package org.switchboard.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.switchboard.core.tool.ToolResult;

public class KnowledgeAnswerTest {

    private static final String PASSAGE = "Freeze your card in the app under Cards > Freeze, then call us to order a new one.";

    private final KnowledgeAnswer answer = new KnowledgeAnswer(12.0, 700);

    @Test
    void answersFromTheBestHitWithPassageTitleAndCitation() {
        Optional<String> reply = answer.compose(result(hit("kb-17", "Lost or stolen card", "What to do first", PASSAGE, 15.2)));

        assertThat(reply).hasValueSatisfying(text -> {
            assertThat(text).contains(PASSAGE);
            assertThat(text).contains("Lost or stolen card");
            assertThat(text).contains("What to do first");
            assertThat(text).contains("[kb-17]");
            assertThat(text).contains("Source: \"Lost or stolen card\" [kb-17]");
        });
    }

    @Test
    void quotesOnlyTheFirstHitEvenWhenOthersFollow() {
        Optional<String> reply = answer.compose(result(
                hit("kb-1", "Best", "Best", "The best passage.", 20.0),
                hit("kb-2", "Second", "Second", "The second passage.", 19.0)));

        assertThat(reply).hasValueSatisfying(text -> {
            assertThat(text).contains("The best passage.", "[kb-1]");
            assertThat(text).doesNotContain("The second passage.", "[kb-2]");
        });
    }

    @Test
    void answersWhenTheBestScoreEqualsTheMinimum() {
        assertThat(answer.compose(result(hit("kb-1", "Title", "", PASSAGE, 12.0)))).isPresent();
    }

    @Test
    void staysSilentWhenTheBestScoreIsJustBelowTheMinimum() {
        assertThat(answer.compose(result(hit("kb-1", "Title", "", PASSAGE, 11.999)))).isEmpty();
    }

    @Test
    void acceptsAnIntegerScore() {
        JsonObject hit = Json.createObjectBuilder().add("documentId", "kb-1").add("title", "T").add("section", "")
                .add("passage", PASSAGE).add("score", 13).build();

        assertThat(answer.compose(result(hit))).isPresent();
    }

    @Test
    void showsTheSectionNextToTheTitleWhenItDiffers() {
        String text = answer.compose(result(hit("kb-1", "Cards", "Freezing a card", PASSAGE, 15))).orElseThrow();

        assertThat(text).contains("(Cards — Freezing a card)");
    }

    @Test
    void showsOnlyTheTitleWhenTheSectionRepeatsIt() {
        String text = answer.compose(result(hit("kb-1", "Cards", "CARDS", PASSAGE, 15))).orElseThrow();

        assertThat(text).contains("(Cards)").doesNotContain("—").doesNotContain("CARDS");
    }

    @Test
    void showsOnlyTheTitleWhenTheSectionIsBlankOrMissing() {
        String blank = answer.compose(result(hit("kb-1", "Cards", "  ", PASSAGE, 15))).orElseThrow();
        JsonObject noSection = Json.createObjectBuilder().add("documentId", "kb-1").add("title", "Cards")
                .add("passage", PASSAGE).add("score", 15.0).build();
        String missing = answer.compose(result(noSection)).orElseThrow();

        assertThat(blank).contains("(Cards)").doesNotContain("—");
        assertThat(missing).contains("(Cards)").doesNotContain("—");
    }

    @Test
    void quotesAShortPassageWhole() {
        KnowledgeAnswer tight = new KnowledgeAnswer(1.0, PASSAGE.length());

        String text = tight.compose(result(hit("kb-1", "T", "", "  " + PASSAGE + "\n", 5))).orElseThrow();

        assertThat(text).contains("\n\n" + PASSAGE + "\n\n").doesNotContain("…");
    }

    @Test
    void cutsALongPassageAtAWordBoundaryAndAddsAnEllipsis() {
        String passage = "alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november";
        KnowledgeAnswer tight = new KnowledgeAnswer(1.0, 30);

        String quoted = quotedPassage(tight.compose(result(hit("kb-1", "T", "", passage, 5))).orElseThrow());

        assertThat(quoted).endsWith(" …").hasSizeLessThanOrEqualTo(30);
        String kept = quoted.substring(0, quoted.length() - " …".length());
        assertThat(passage).startsWith(kept + " ");
        assertThat(kept).isEqualTo("alpha bravo charlie delta");
    }

    @Test
    void cutsMidWordWhenTheLastSpaceBeforeTheLimitIsInTheFirstHalf() {
        String passage = "See https://help.example.com/cards/" + "x".repeat(100) + " for details";
        KnowledgeAnswer tight = new KnowledgeAnswer(1.0, 40);

        String quoted = quotedPassage(tight.compose(result(hit("kb-1", "T", "", passage, 5))).orElseThrow());

        assertThat(quoted).isEqualTo(passage.substring(0, 38) + " …").hasSize(40);
    }

    @Test
    void staysSilentForAFailedSearch() {
        assertThat(answer.compose(ToolResult.error("Search index unavailable."))).isEmpty();
    }

    @Test
    void staysSilentWhenHitsAreMissingEmptyOrNotAList() {
        assertThat(answer.compose(ToolResult.ok("nothing", null))).isEmpty();
        assertThat(answer.compose(ToolResult.ok("nothing", Json.createObjectBuilder().build()))).isEmpty();
        assertThat(answer.compose(ToolResult.ok("nothing", Json.createObjectBuilder().add("hits", Json.createArrayBuilder()).build()))).isEmpty();
        assertThat(answer.compose(ToolResult.ok("odd", Json.createObjectBuilder().add("hits", "none").build()))).isEmpty();
        assertThat(answer.compose(ToolResult.ok("odd", Json.createObjectBuilder().add("hits", Json.createArrayBuilder().add("x")).build()))).isEmpty();
    }

    @Test
    void staysSilentWhenTheScoreIsNotANumberOrMissing() {
        JsonObject stringScore = Json.createObjectBuilder().add("documentId", "kb-1").add("title", "T")
                .add("passage", PASSAGE).add("score", "99").build();
        JsonObject noScore = Json.createObjectBuilder().add("documentId", "kb-1").add("title", "T")
                .add("passage", PASSAGE).build();

        assertThat(answer.compose(result(stringScore))).isEmpty();
        assertThat(answer.compose(result(noScore))).isEmpty();
    }

    @Test
    void staysSilentWhenThePassageIsEmptyBlankOrMissing() {
        JsonObject noPassage = Json.createObjectBuilder().add("documentId", "kb-1").add("title", "T").add("score", 50.0).build();

        assertThat(answer.compose(result(hit("kb-1", "T", "", "", 50)))).isEmpty();
        assertThat(answer.compose(result(hit("kb-1", "T", "", " \n\t ", 50)))).isEmpty();
        assertThat(answer.compose(result(noPassage))).isEmpty();
    }

    @Test
    void invitesTheCustomerToAskForAPersonIfTheAnswerDoesNotHelp() {
        String text = answer.compose(result(hit("kb-1", "T", "", PASSAGE, 50))).orElseThrow();

        assertThat(text).containsIgnoringCase("ask for a person");
    }

    private static String quotedPassage(String reply) {
        int start = reply.indexOf(":\n\n") + 3;
        int end = reply.indexOf("\n\nSource:");
        return reply.substring(start, end);
    }

    /** A search hit as the knowledge-base tool returns it. */
    public static JsonObject hit(String documentId, String title, String section, String passage, double score) {
        return Json.createObjectBuilder()
                .add("documentId", documentId)
                .add("title", title)
                .add("section", section)
                .add("passage", passage)
                .add("score", score)
                .build();
    }

    /** The knowledge-base tool's result with these hits. */
    public static ToolResult result(JsonObject... hits) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObject hit : hits) {
            array.add(hit);
        }
        JsonObjectBuilder data = Json.createObjectBuilder().add("hits", array);
        return ToolResult.ok(hits.length + " hit(s)", data.build());
    }
}
