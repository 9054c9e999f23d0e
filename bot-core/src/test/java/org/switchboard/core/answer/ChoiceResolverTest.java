package org.switchboard.core.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.agent.KnowledgeCitation;

class ChoiceResolverTest {

    private static final KnowledgeCitation LOCK = citation("doc_lock", "Lock or unlock your card");
    private static final KnowledgeCitation REPLACE = citation("doc_replace", "Replace a damaged card");
    private static final KnowledgeCitation VIRTUAL = citation("doc_virtual", "Virtual cards: getting started");
    private static final List<KnowledgeCitation> PENDING = List.of(LOCK, REPLACE, VIRTUAL);

    @Test
    void aNumberPicksThatOption() {
        assertThat(ChoiceResolver.resolve("2", PENDING)).contains(REPLACE);
        assertThat(ChoiceResolver.resolve(" #3 ", PENDING)).contains(VIRTUAL);
        assertThat(ChoiceResolver.resolve("1.", PENDING)).contains(LOCK);
        assertThat(ChoiceResolver.resolve("Option 2 please", PENDING)).contains(REPLACE);
        assertThat(ChoiceResolver.resolve("the 2nd one", PENDING)).contains(REPLACE);
        assertThat(ChoiceResolver.resolve("Second", PENDING)).contains(REPLACE);
    }

    @Test
    void theTitlePicksItsOptionWhateverTheCaseAndPunctuation() {
        assertThat(ChoiceResolver.resolve("replace a damaged card", PENDING)).contains(REPLACE);
        assertThat(ChoiceResolver.resolve("Virtual cards - getting started!", PENDING)).contains(VIRTUAL);
    }

    @Test
    void anythingElseIsANewQuestion() {
        assertThat(ChoiceResolver.resolve("4", PENDING)).isEmpty();
        assertThat(ChoiceResolver.resolve("2 cards were stolen", PENDING)).isEmpty();
        assertThat(ChoiceResolver.resolve("how do I close my account?", PENDING)).isEmpty();
        assertThat(ChoiceResolver.resolve("third", List.of(LOCK, REPLACE))).isEmpty();
        assertThat(ChoiceResolver.resolve("", PENDING)).isEmpty();
    }

    @Test
    void nothingPendingPicksNothing() {
        assertThat(ChoiceResolver.resolve("2", List.of())).isEmpty();
    }

    private static KnowledgeCitation citation(String id, String title) {
        return new KnowledgeCitation(id, title, "", "Passage of " + title + ".", "", 0.7);
    }
}
