package org.switchboard.core.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;

class CsatQuestionTest {

    @Test
    void aDigitAloneIsARatingAndTheLinesAfterItAComment() {
        assertThat(CsatQuestion.readReply("4")).contains(new CsatQuestion.TypedRating(4, null));
        assertThat(CsatQuestion.readReply("  5 \n")).contains(new CsatQuestion.TypedRating(5, null));
        assertThat(CsatQuestion.readReply("3/5")).contains(new CsatQuestion.TypedRating(3, null));
        assertThat(CsatQuestion.readReply("2 stars")).contains(new CsatQuestion.TypedRating(2, null));
        assertThat(CsatQuestion.readReply("1\nNobody answered for two days."))
                .contains(new CsatQuestion.TypedRating(1, "Nobody answered for two days."));
    }

    @Test
    void otherMessagesAreNotRatings() {
        assertThat(CsatQuestion.readReply("6")).isEmpty();
        assertThat(CsatQuestion.readReply("0")).isEmpty();
        assertThat(CsatQuestion.readReply("45")).isEmpty();
        assertThat(CsatQuestion.readReply("4 more questions about my order")).isEmpty();
        assertThat(CsatQuestion.readReply("where is order #W1234567")).isEmpty();
        assertThat(CsatQuestion.readReply("")).isEmpty();
        assertThat(CsatQuestion.readReply(null)).isEmpty();
    }

    @Test
    void theEmailTextNamesOneLinkPerScoreWhenThePublicAddressIsKnown() {
        String token = CsatTokens.next();
        String text = CsatQuestion.plainText(Optional.of("https://support.example/api/csat"), token);
        assertThat(text).startsWith(CsatQuestion.PROMPT)
                .contains("Reply with a single number from 1 to 5")
                .contains("1 - Poor: https://support.example/api/csat/" + token + "?score=1")
                .contains("5 - Excellent: https://support.example/api/csat/" + token + "?score=5");
        assertThat(CsatQuestion.plainText(Optional.empty(), token)).doesNotContain("http").doesNotContain(token);
    }

    @Test
    void tokensAreRandomAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = CsatTokens.next();
            assertThat(CsatTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
        assertThat(CsatTokens.wellFormed("../../etc/passwd")).isFalse();
        assertThat(CsatTokens.wellFormed(null)).isFalse();
        assertThat(CsatTokens.wellFormed("a".repeat(44))).isFalse();
    }

    @Test
    void theFirstRatingWins() {
        CsatRequest request = new CsatRequest(7, CsatTokens.next(), Channel.SLACK, true, "alice", Instant.EPOCH);
        assertThat(request.rate(5, " great ", "slack", Instant.EPOCH.plusSeconds(1))).isTrue();
        assertThat(request.rate(1, "changed my mind", "slack", Instant.EPOCH.plusSeconds(2))).isFalse();
        assertThat(request.getScore()).isEqualTo(5);
        assertThat(request.getComment()).isEqualTo("great");
        assertThatThrownBy(() -> request.rate(6, null, "slack", Instant.EPOCH)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCsatAddressIsTheConversationsOwnWithTheToken() {
        ConversationRef ref = new ConversationRef(Channel.SLACK, "T1/C1/1.2", java.util.Map.of("channel", "C1"));
        ConversationRef asking = CsatRefs.asking(ref, "tok");
        assertThat(asking.key()).isEqualTo(ref.key());
        assertThat(asking.attribute("channel")).isEqualTo("C1");
        assertThat(CsatRefs.token(asking)).contains("tok");
        assertThat(CsatRefs.token(ref)).isEmpty();
    }
}
