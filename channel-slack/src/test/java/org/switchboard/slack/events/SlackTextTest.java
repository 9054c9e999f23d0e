package org.switchboard.slack.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link SlackText}: Slack mrkdwn to plain text, following Slack's "Formatting text for app surfaces": control
 * sequences in angle brackets, and only {@code & < >} escaped as {@code &amp; &lt; &gt;}.
 */
class SlackTextTest {

    private static final Set<String> BOT = Set.of("U0BOT");

    static Stream<Arguments> slackMarkup() {
        return Stream.of(
                Arguments.of("<@U0BOT> hi", "hi"),
                Arguments.of("hi <@U0BOT>", "hi"),
                Arguments.of("<@U0BOT|switchboard> hi", "hi"),
                Arguments.of("<@U0BOT>", ""),
                Arguments.of("hi <@U0BOT>, my card is blocked", "hi, my card is blocked"),
                Arguments.of("please <@U0BOT>  help", "please help"),
                Arguments.of("<@U0BOT> <@U0BOT|bot> twice", "twice"),
                Arguments.of("<@U123> can you help?", "@U123 can you help?"),
                Arguments.of("<@U123|bob>", "@bob"),
                Arguments.of("<@W222|alice> and <@U123>", "@alice and @U123"),
                Arguments.of("<#C123|general>", "#general"),
                Arguments.of("<#C123>", "#C123"),
                Arguments.of("<https://x.y|label>", "label (https://x.y)"),
                Arguments.of("<https://x.y>", "https://x.y"),
                Arguments.of("see <https://x.y/help|the help page> first", "see the help page (https://x.y/help) first"),
                Arguments.of("<mailto:bob@x.y|bob@x.y>", "bob@x.y (mailto:bob@x.y)"),
                Arguments.of("<!here>", "@here"),
                Arguments.of("<!channel> outage?", "@channel outage?"),
                Arguments.of("<!everyone>", "@everyone"));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource("slackMarkup")
    void slackMarkupBecomesPlainTextAndTheBotsMentionDisappears(String mrkdwn, String plain) {
        assertThat(SlackText.toPlain(mrkdwn, BOT)).isEqualTo(plain);
    }

    static Stream<Arguments> escapedText() {
        return Stream.of(
                Arguments.of("fees &amp; charges", "fees & charges"),
                Arguments.of("&lt;script&gt;", "<script>"),
                Arguments.of("a &lt; b &gt; c", "a < b > c"),
                // a customer who typed "&lt;" literally: Slack sends "&amp;lt;", decoded exactly once
                Arguments.of("&amp;lt;", "&lt;"),
                Arguments.of("&amp;amp;", "&amp;"),
                Arguments.of("&amp;gt;", "&gt;"),
                // Slack escapes only & < >; anything else that looks like an entity is what the customer typed
                Arguments.of("&quot;quoted&quot; &#39;x&#39; &nbsp;", "&quot;quoted&quot; &#39;x&#39; &nbsp;"),
                Arguments.of("I'm \"sure\"", "I'm \"sure\""));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource("escapedText")
    void onlyTheThreeEntitiesSlackEscapesAreDecodedAndOnlyOnce(String mrkdwn, String plain) {
        assertThat(SlackText.toPlain(mrkdwn, BOT)).isEqualTo(plain);
    }

    @Test
    void anEscapedMentionTheCustomerTypedIsTextNotAMention() {
        // typing "<@U0BOT>" by hand arrives escaped; it must not be taken for (and removed as) a real mention
        assertThat(SlackText.toPlain("&lt;@U0BOT&gt; is that you?", BOT)).isEqualTo("<@U0BOT> is that you?");
    }

    @Test
    void entitiesInsideLinksAreDecodedToo() {
        assertThat(SlackText.toPlain("<https://x.y/q?a=1&amp;b=2|fees &amp; limits>", BOT))
                .isEqualTo("fees & limits (https://x.y/q?a=1&b=2)");
    }

    @Test
    void dollarSignsAndBackslashesInLinksAreKeptLiterally() {
        assertThat(SlackText.toPlain("<https://x.y/$1\\2|costs $5>", BOT)).isEqualTo("costs $5 (https://x.y/$1\\2)");
    }

    @Test
    void nullTextGivesAnEmptyString() {
        assertThat(SlackText.toPlain(null, BOT)).isEmpty();
    }

    @Test
    void emptyAndBlankTextGiveAnEmptyString() {
        assertThat(SlackText.toPlain("", BOT)).isEmpty();
        assertThat(SlackText.toPlain(" \n\t ", BOT)).isEmpty();
    }

    @Test
    void theResultIsTrimmedButInnerLineBreaksStay() {
        assertThat(SlackText.toPlain("  <@U0BOT>\nline one\nline two  \n", BOT)).isEqualTo("line one\nline two");
    }

    @Test
    void withoutKnownBotIdsEveryMentionIsKeptAsAnAtName() {
        assertThat(SlackText.toPlain("<@U0BOT> hi", Set.of())).isEqualTo("@U0BOT hi");
    }

    @Test
    void everyOneOfSeveralBotIdsIsRemoved() {
        assertThat(SlackText.toPlain("<@W222> <@U0BOT> hello <@U123>", Set.of("U0BOT", "W222"))).isEqualTo("hello @U123");
    }

    @Test
    void nonLatinTextAndEmojiPassThroughUnchanged() {
        assertThat(SlackText.toPlain("<@U0BOT> Привет, où est ma carte? 💳", BOT)).isEqualTo("Привет, où est ma carte? 💳");
    }

    @Test
    void aLoneAngleBracketThatSlackDidNotEscapeIsLeftAlone() {
        assertThat(SlackText.toPlain("a > b and c < d", BOT)).isEqualTo("a > b and c < d");
    }
}
