package org.switchboard.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.switchboard.core.guard.GuardVerdict.Outcome;

class InputGuardTest {

    private final InputGuard guard = new InputGuard(20);

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "   \t  ", "\n\n\n", "\r\n", "\u0000", "\u0001\u0007\u001B\u007F\u0085", "\uFFFD\uFFFD",
            " \u0000 \t\uFFFD\n "})
    void treatsTextWithoutAnythingVisibleAsEmpty(String text) {
        GuardVerdict verdict = guard.check(text);

        assertThat(verdict.outcome()).isEqualTo(Outcome.EMPTY);
        assertThat(verdict.cleanedText()).isEmpty();
        assertThat(verdict.length()).isEqualTo(text == null ? 0 : text.length());
    }

    @Test
    void acceptsTextOfExactlyTheLimit() {
        String text = "x".repeat(20);

        GuardVerdict verdict = guard.check(text);

        assertThat(verdict).isEqualTo(new GuardVerdict(Outcome.ACCEPTED, text, 20));
    }

    @Test
    void refusesTextOneCharacterOverTheLimitAndReportsTheOriginalLength() {
        GuardVerdict verdict = guard.check("x".repeat(21));

        assertThat(verdict).isEqualTo(new GuardVerdict(Outcome.TOO_LONG, "", 21));
    }

    @Test
    void refusesAHugePasteInsteadOfCuttingIt() {
        GuardVerdict verdict = new InputGuard(4000).check("word ".repeat(10_000));

        assertThat(verdict.outcome()).isEqualTo(Outcome.TOO_LONG);
        assertThat(verdict.length()).isEqualTo(50_000);
        assertThat(verdict.cleanedText()).isEmpty();
    }

    @Test
    void checksTheLimitOnTheRawTextBeforeCleaning() {
        // 21 raw characters, but only 1 after whitespace collapses: still too long.
        GuardVerdict verdict = guard.check("a" + " ".repeat(20));

        assertThat(verdict.outcome()).isEqualTo(Outcome.TOO_LONG);
        assertThat(verdict.length()).isEqualTo(21);
    }

    @Test
    void reportsTheLengthInUtf16CodeUnits() {
        GuardVerdict verdict = guard.check("card \uD83D\uDCB3");

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.cleanedText()).isEqualTo("card \uD83D\uDCB3");
        assertThat(verdict.length()).isEqualTo(7);
    }

    @Test
    void removesControlCharactersAndTheReplacementCharacter() {
        GuardVerdict verdict = new InputGuard(100).check("my\u0000 card\u0007 was\uFFFD \u001Bdeclined\u007F\u009B");

        assertThat(verdict.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(verdict.cleanedText()).isEqualTo("my card was declined");
    }

    @Test
    void removesCarriageReturnsButKeepsTheLineBreak() {
        assertThat(new InputGuard(100).check("line one\r\nline two").cleanedText()).isEqualTo("line one\nline two");
    }

    @Test
    void collapsesRunsOfSpacesTabsVerticalTabsAndFormFeeds() {
        GuardVerdict verdict = new InputGuard(100).check("my \t  card\t\twas \u000B\f declined");

        assertThat(verdict.cleanedText()).isEqualTo("my card was declined");
    }

    @Test
    void stripsLeadingAndTrailingWhitespace() {
        assertThat(new InputGuard(100).check(" \n\t  hello  \n\n ").cleanedText()).isEqualTo("hello");
    }

    @Test
    void keepsSingleLineBreaks() {
        assertThat(new InputGuard(100).check("first\nsecond\nthird").cleanedText()).isEqualTo("first\nsecond\nthird");
    }

    @Test
    void keepsAtMostOneBlankLineBetweenParagraphs() {
        GuardVerdict verdict = new InputGuard(100).check("first\n\n\n\n\nsecond\n \n\t\n \nthird\n\nfourth");

        assertThat(verdict.cleanedText()).isEqualTo("first\n\nsecond\n\nthird\n\nfourth");
    }

    @Test
    void leavesOrdinaryTextUntouched() {
        String text = "Hi, my card (ending 1234) was declined in Lisbon — what can I do? Ünïcödé ✓";

        assertThat(new InputGuard(200).check(text)).isEqualTo(new GuardVerdict(Outcome.ACCEPTED, text, text.length()));
    }

    @Test
    void reportsItsLimit() {
        assertThat(new InputGuard(4000).maxChars()).isEqualTo(4000);
    }

    @Test
    void acceptsALimitOfOneCharacter() {
        InputGuard tiny = new InputGuard(1);

        assertThat(tiny.check("a").outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(tiny.check("ab").outcome()).isEqualTo(Outcome.TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void rejectsANonPositiveLimit(int maxChars) {
        assertThatThrownBy(() -> new InputGuard(maxChars))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxChars");
    }
}
