package org.switchboard.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.agent.SmallTalk.Kind;

class SmallTalkTest {

    @ParameterizedTest
    @ValueSource(strings = {"hi", "Hi!", "HELLO", "hello there", "Hello there 🙂", "hey", "hey team!", "hiya", "howdy",
            "greetings", "Good morning", "good afternoon, ", "Good evening everyone.", "Good morning team :)", "yo",
            "hi bot", "hello switchboard", "  hi  ", "hi again", "Hey guys!!!", "hello?"})
    void recognizesGreetings(String text) {
        assertThat(SmallTalk.classify(text)).contains(Kind.GREETING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"thanks", "Thanks!", "thank you", "Thank you so much!!", "thanks a lot", "thanks a bunch",
            "thank you very much.", "thx", "ty", "cheers", "many thanks", "much appreciated", "Great, thanks!",
            "ok thanks", "OK, thanks 👍", "perfect thanks 🙏", "thanks for the help", "thank you for your help :)",
            "thanks for helping", "thanks again"})
    void recognizesThanks(String text) {
        assertThat(SmallTalk.classify(text)).contains(Kind.THANKS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bye", "Bye!", "goodbye", "Goodbye everyone", "see you", "that's all", "thats all",
            "That is all.", "nothing else", "have a good day!", "Have a nice day 😀", "bye 👍"})
    void recognizesGoodbyes(String text) {
        assertThat(SmallTalk.classify(text)).contains(Kind.GOODBYE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hi, my card was stolen", "Hello, I can't log in", "hey there how do I reset my password?",
            "Thanks, but my refund still hasn't arrived", "thank you, can you also close my account?",
            "Good morning, why was I charged twice?", "bye bye card: how do I cancel it", "hi hi",
            "where is my order", "hi\nmy card was stolen", "high fees", "they said hi to me"})
    void doesNotTreatRealQuestionsAsSmallTalk(String text) {
        assertThat(SmallTalk.classify(text)).isEmpty();
    }

    @Test
    void ignoresMessagesLongerThanSixtyCharactersEvenIfTheyOnlyRepeatFillerWords() {
        String longGreeting = "hello" + " there".repeat(10);

        assertThat(longGreeting.length()).isGreaterThan(60);
        assertThat(SmallTalk.classify(longGreeting)).isEmpty();
        assertThat(SmallTalk.classify("hello" + " there".repeat(5))).contains(Kind.GREETING);
    }

    @Test
    void treatsOnlyPunctuationOrEmptyTextAsNoSmallTalk() {
        assertThat(SmallTalk.classify("")).isEmpty();
        assertThat(SmallTalk.classify("!!!")).isEmpty();
        assertThat(SmallTalk.classify("🙂")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void answersEveryKindWithANonBlankReply(Kind kind) {
        assertThat(SmallTalk.answer(kind)).isNotBlank();
    }

    @Test
    void answersEachKindDifferently() {
        assertThat(EnumSet.allOf(Kind.class).stream().map(SmallTalk::answer).distinct()).hasSize(Kind.values().length);
    }

    @Test
    void greetingAnswerInvitesAQuestion() {
        assertThat(SmallTalk.answer(Kind.GREETING)).containsIgnoringCase("question");
    }
}
