package org.switchboard.core.intent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TfIdfVectorizerTest {

    @Test
    void wordsAreLowerCasedLetterAndDigitRunsWithoutApostrophes() {
        assertThat(TfIdfVectorizer.words("Where's my CARD #W123?  don't know")).containsExactly("wheres", "my",
                "card", "w123", "dont", "know");
    }

    @Test
    void featuresAreWordUniAndBigramsAndPaddedCharacterNgrams() {
        Map<String, Integer> features = TfIdfVectorizer.features("ab ab");
        // words: "ab" twice, bigram "ab ab" once; chars of " ab ": " a", "ab", "b ", " ab", "ab ", " ab " (twice each)
        assertThat(features).containsEntry("w:ab", 2).containsEntry("w:ab ab", 1)
                .containsEntry("c: a", 2).containsEntry("c:ab", 2).containsEntry("c:b ", 2)
                .containsEntry("c: ab", 2).containsEntry("c:ab ", 2).containsEntry("c: ab ", 2)
                .hasSize(8);
    }

    @Test
    void weightsAreSublinearTfTimesSmoothedIdfWithEachPartOfUnitNorm() {
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(List.of("ab", "cd", "ab ab"), 1);
        SparseVector v = vectorizer.transform("ab cd cd");
        assertThat(v.norm()).isCloseTo(Math.sqrt(2), within(1e-5));
        // word part: w:ab tf 1 df 2 -> idf ln(4/3)+1; w:cd tf 2 df 1 -> (1+ln2)(ln2+1); bigrams "ab cd", "cd cd" unknown
        double ab = Math.log(4.0 / 3) + 1;
        double cd = (1 + Math.log(2)) * (Math.log(2) + 1);
        double norm = Math.hypot(ab, cd);
        float[] dense = dense(v, vectorizer.dimension());
        int wordStart = vectorizer.dimension() - vectorizer.wordFeatureCount();
        double abValue = 0;
        double cdValue = 0;
        for (int i = wordStart; i < dense.length; i++) {
            if (dense[i] != 0) {
                if (abValue == 0) {
                    abValue = dense[i];
                } else {
                    cdValue = dense[i];
                }
            }
        }
        // "w:ab" sorts before "w:cd"
        assertThat(abValue).isCloseTo(ab / norm, within(1e-5));
        assertThat(cdValue).isCloseTo(cd / norm, within(1e-5));
    }

    @Test
    void unknownFeaturesAndRareFeaturesAreIgnored() {
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(List.of("card lost", "card stolen"), 2);
        assertThat(vectorizer.wordFeatureCount()).isEqualTo(1); // only "card" occurs twice
        assertThat(vectorizer.transform("zzz").size()).isZero();
        assertThat(vectorizer.transform("").size()).isZero();
    }

    @Test
    void indicesAreSortedAndWithinTheDimension() {
        TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(List.of("top up failed", "refund not received"), 1);
        SparseVector v = vectorizer.transform("refund failed top up");
        for (int i = 1; i < v.size(); i++) {
            assertThat(v.indexAt(i)).isGreaterThan(v.indexAt(i - 1));
        }
        assertThat(v.indexAt(v.size() - 1)).isLessThan(vectorizer.dimension());
    }

    @Test
    void rejectsAMinimumFrequencyBelowOne() {
        assertThatThrownBy(() -> TfIdfVectorizer.fit(List.of("a"), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static float[] dense(SparseVector v, int dimension) {
        float[] dense = new float[dimension];
        for (int i = 0; i < v.size(); i++) {
            dense[v.indexAt(i)] = v.valueAt(i);
        }
        return dense;
    }
}
