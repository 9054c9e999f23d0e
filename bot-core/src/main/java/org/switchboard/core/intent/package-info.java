/**
 * Offline intent classification: which of a fixed set of intents a customer's message expresses, and whether it
 * expresses none of them (out of scope), with no network and no API key.
 *
 * <p>{@link org.switchboard.core.intent.IntentClassifierTrainer} trains an
 * {@link org.switchboard.core.intent.IntentClassifier} in-process from
 * {@link org.switchboard.core.intent.LabelledExample}s: each message becomes the concatenation of a sentence
 * embedding (the bundled all-MiniLM-L6-v2 ONNX model, {@link org.switchboard.core.intent.MiniLmTextEmbedder}) and a
 * TF-IDF vector of word and character n-grams ({@link org.switchboard.core.intent.TfIdfVectorizer}); a multinomial
 * logistic regression ({@link org.switchboard.core.intent.SoftmaxRegression}) is trained on them with a fixed seed,
 * and a confidence threshold for out-of-scope detection is calibrated on held-out training data
 * ({@link org.switchboard.core.intent.ThresholdCalibration}). Training is deterministic: the same examples and
 * options give the same model.
 *
 * <p>The classes here are plain Java (no CDI, no JPA, no channel code) so that the benchmarks under {@code bench/}
 * measure exactly the model the bot runs. Slot extraction from the same messages (order ids, e-mail addresses,
 * amounts) is in {@link org.switchboard.core.intent.SlotExtractor}.
 */
package org.switchboard.core.intent;
