package org.switchboard.core.intent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF features of word and character n-grams, the classic strong baseline for short-text classification
 * (scikit-learn's {@code TfidfVectorizer(sublinear_tf=True)} with {@code analyzer="word", ngram_range=(1, 2)} and
 * {@code analyzer="char_wb", ngram_range=(2, 5)}, united).
 *
 * <ul>
 *   <li>Text is lower-cased (root locale), apostrophes are removed ({@code don't} becomes {@code dont}) and words
 *       are the runs of letters and digits.</li>
 *   <li>Word features: every word and every pair of adjacent words. Character features: the 2- to 5-character
 *       substrings of each word padded with one space on both sides ({@code " card "} gives {@code " c"},
 *       {@code "ca"}, ..., {@code "card "}).</li>
 *   <li>Weight of a feature in a text: {@code (1 + ln tf) * idf} with {@code idf = ln((1 + n) / (1 + df)) + 1}
 *       (n training texts, df of them containing the feature). The word part and the character part are each
 *       scaled to unit L2 norm, so a text with words has norm sqrt(2).</li>
 *   <li>The vocabulary is fixed by {@link #fit}: features seen in fewer than {@code minDocumentFrequency} training
 *       texts, and features of new texts not in the vocabulary, are ignored.</li>
 * </ul>
 *
 * Instances are immutable and thread-safe.
 */
public final class TfIdfVectorizer {

    /** Longest word n-gram. */
    static final int MAX_WORD_NGRAM = 2;
    /** Shortest character n-gram. */
    static final int MIN_CHAR_NGRAM = 2;
    /** Longest character n-gram. */
    static final int MAX_CHAR_NGRAM = 5;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019]");

    private final Map<String, Integer> vocabulary;
    private final float[] idf;
    private final int wordFeatures;

    private TfIdfVectorizer(Map<String, Integer> vocabulary, float[] idf, int wordFeatures) {
        this.vocabulary = vocabulary;
        this.idf = idf;
        this.wordFeatures = wordFeatures;
    }

    /**
     * Learns the vocabulary and the idf weights.
     *
     * @param texts                the training texts, none null
     * @param minDocumentFrequency a feature enters the vocabulary if at least this many texts contain it; at least 1
     * @return the fitted vectorizer; its vocabulary is empty if no text has a word
     * @throws NullPointerException     if texts or one of them is null
     * @throws IllegalArgumentException if minDocumentFrequency is less than 1
     */
    public static TfIdfVectorizer fit(List<String> texts, int minDocumentFrequency) {
        Objects.requireNonNull(texts, "texts");
        if (minDocumentFrequency < 1) {
            throw new IllegalArgumentException("minDocumentFrequency must be at least 1: " + minDocumentFrequency);
        }
        Map<String, Integer> documentFrequency = new HashMap<>();
        for (String text : texts) {
            for (String feature : features(Objects.requireNonNull(text, "text")).keySet()) {
                documentFrequency.merge(feature, 1, Integer::sum);
            }
        }
        // sorted, so that feature indices (and with them training) do not depend on hash order
        TreeMap<String, Integer> kept = new TreeMap<>();
        documentFrequency.forEach((feature, df) -> {
            if (df >= minDocumentFrequency) {
                kept.put(feature, df);
            }
        });
        Map<String, Integer> vocabulary = new HashMap<>(kept.size() * 2);
        float[] idf = new float[kept.size()];
        int wordFeatures = 0;
        int index = 0;
        double n = texts.size();
        for (Map.Entry<String, Integer> entry : kept.entrySet()) {
            vocabulary.put(entry.getKey(), index);
            idf[index] = (float) (Math.log((1 + n) / (1 + entry.getValue())) + 1);
            // "c:..." sorts before "w:...": character features come first, word features last
            wordFeatures += entry.getKey().startsWith("w:") ? 1 : 0;
            index++;
        }
        return new TfIdfVectorizer(vocabulary, idf, wordFeatures);
    }

    /** @return the number of features (the dimension of every vector {@link #transform} returns) */
    public int dimension() {
        return idf.length;
    }

    /** @return the number of word n-gram features (the last ones); the others are character n-grams */
    int wordFeatureCount() {
        return wordFeatures;
    }

    /**
     * Computes the TF-IDF vector of a text.
     *
     * @param text any text, not null
     * @return its features: character part and word part each of unit norm (a part with no known feature is
     *         empty); indices in 0..{@link #dimension()}-1
     * @throws NullPointerException if text is null
     */
    public SparseVector transform(String text) {
        Map<String, Integer> counts = features(Objects.requireNonNull(text, "text"));
        int[] indices = new int[counts.size()];
        float[] values = new float[counts.size()];
        int size = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Integer index = vocabulary.get(entry.getKey());
            if (index != null) {
                indices[size] = index;
                values[size] = (float) ((1 + Math.log(entry.getValue())) * idf[index]);
                size++;
            }
        }
        if (size == 0) {
            return SparseVector.empty();
        }
        int[] order = sortedPositions(indices, size);
        int[] sortedIndices = new int[size];
        float[] sortedValues = new float[size];
        for (int i = 0; i < size; i++) {
            sortedIndices[i] = indices[order[i]];
            sortedValues[i] = values[order[i]];
        }
        int firstWord = idf.length - wordFeatures;
        normalize(sortedIndices, sortedValues, index -> index < firstWord);
        normalize(sortedIndices, sortedValues, index -> index >= firstWord);
        return SparseVector.of(sortedIndices, sortedValues);
    }

    private static int[] sortedPositions(int[] indices, int size) {
        long[] keyed = new long[size];
        for (int i = 0; i < size; i++) {
            keyed[i] = ((long) indices[i] << 32) | i;
        }
        Arrays.sort(keyed);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = (int) keyed[i];
        }
        return order;
    }

    private static void normalize(int[] indices, float[] values, java.util.function.IntPredicate part) {
        double sum = 0;
        for (int i = 0; i < indices.length; i++) {
            if (part.test(indices[i])) {
                sum += (double) values[i] * values[i];
            }
        }
        if (sum == 0) {
            return;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < indices.length; i++) {
            if (part.test(indices[i])) {
                values[i] *= scale;
            }
        }
    }

    /**
     * @param text a text
     * @return its words, lower-cased, apostrophes removed, in order
     */
    static List<String> words(String text) {
        String clean = APOSTROPHE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(clean);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /**
     * @param text a text
     * @return its features with their counts: {@code "w:" + word n-gram} and {@code "c:" + character n-gram}
     */
    static Map<String, Integer> features(String text) {
        List<String> words = words(text);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder gram = new StringBuilder("w:");
            for (int n = 0; n < MAX_WORD_NGRAM && i + n < words.size(); n++) {
                if (n > 0) {
                    gram.append(' ');
                }
                gram.append(words.get(i + n));
                counts.merge(gram.toString(), 1, Integer::sum);
            }
            String padded = " " + words.get(i) + " ";
            for (int n = MIN_CHAR_NGRAM; n <= MAX_CHAR_NGRAM; n++) {
                for (int start = 0; start + n <= padded.length(); start++) {
                    counts.merge("c:" + padded.substring(start, start + n), 1, Integer::sum);
                }
            }
        }
        return counts;
    }
}
