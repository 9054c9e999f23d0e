package org.switchboard.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PassageCutterTest {

    private static final String PASSAGE = "Freeze your card in the app first. Then call us on 0800 123 456, day or night. "
            + "We send a new card within 5 working days (e.g. by post to your home address).";

    @Test
    void aPassageThatFitsIsKeptWhole() {
        assertThat(new PassageCutter(500, Locale.ENGLISH).cut("  " + PASSAGE + "\n")).isEqualTo(PASSAGE);
    }

    @Test
    void aLongPassageEndsAtTheLastSentenceThatFits() {
        String cut = new PassageCutter(90, Locale.ENGLISH).cut(PASSAGE);

        assertThat(cut).isEqualTo("Freeze your card in the app first. Then call us on 0800 123 456, day or night.");
    }

    @Test
    void anAbbreviationInsideASentenceIsNotASentenceEnd() {
        String cut = new PassageCutter(PASSAGE.length() - 1, Locale.ENGLISH).cut(PASSAGE);

        assertThat(cut).isEqualTo("Freeze your card in the app first. Then call us on 0800 123 456, day or night.")
                .doesNotEndWith("e.g.");
    }

    @Test
    void aFirstSentenceLongerThanTheLimitIsCutAtAWordAndMarked() {
        String cut = new PassageCutter(25, Locale.ENGLISH).cut(PASSAGE);

        assertThat(cut).isEqualTo("Freeze your card in the …").hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void aTinyLimitIsRefused() {
        assertThatThrownBy(() -> new PassageCutter(19, Locale.ENGLISH)).isInstanceOf(IllegalArgumentException.class);
    }
}
