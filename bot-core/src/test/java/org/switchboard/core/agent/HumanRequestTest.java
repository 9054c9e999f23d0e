package org.switchboard.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HumanRequestTest {

    @ParameterizedTest
    @ValueSource(strings = {"talk to a human", "Talk to a human!", "TALK TO A HUMAN", "can I speak to a real person please",
            "I want to speak with someone", "can I chat with a person?", "please connect me with an agent",
            "put me through to somebody", "transfer me to a live agent", "get me a representative",
            "I need to talk to your staff about this", "let me speak to an operator",
            "My card was declined three times, I want to talk to a human",
            "representative", "Representative please", "human", "human pls", "operator now!!", "live agent",
            "real agent please", "real person?", "I need a human"})
    void recognizesRequestsForAPerson(String text) {
        assertThat(HumanRequest.matches(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do I reset my password?", "my card was stolen", "where is my refund",
            "What is the operator fee for international transfers?", "Can someone explain this charge on my bill?",
            "I can't talk right now, just tell me the IBAN", "",
            "my agent code is 123", "Is the human resources department open?", "Are you a human?",
            "How do I become a sales representative?"})
    void doesNotTreatOrdinaryQuestionsAsRequestsForAPerson(String text) {
        assertThat(HumanRequest.matches(text)).isFalse();
    }

    /**
     * Documents the regular expression's behaviour on edge cases: a contact verb within 30 characters of a person
     * noun counts anywhere in the text, which errs on the side of escalating; a bare noun counts only when it is
     * the whole message ("agent please").
     */
    @ParameterizedTest
    @ValueSource(strings = {"I want to talk about my agent code", "the chat with your agent was useless",
            "agent please", "Agent!", "AGENT", "a human please"})
    void escalatesWhenAPersonNounEndsTheTextOrFollowsAContactVerb(String text) {
        assertThat(HumanRequest.matches(text)).isTrue();
    }

    /** Whole words only: "talking", "speaking" are not the verbs, "agency" is not "agent". */
    @ParameterizedTest
    @ValueSource(strings = {"We were talking about the person who called me", "my travel agency booked it",
            "speaking of which, my humanity is fine"})
    void matchesWholeWordsOnly(String text) {
        assertThat(HumanRequest.matches(text)).isFalse();
    }
}
