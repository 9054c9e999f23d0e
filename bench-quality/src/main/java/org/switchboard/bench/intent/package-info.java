/**
 * Intent-routing benchmarks of bot-core's offline {@link org.switchboard.core.intent.IntentClassifier}:
 * {@link org.switchboard.bench.intent.Banking77Benchmark} (accuracy by 5-fold cross-validation beside a TF-IDF
 * baseline, latency per message) and {@link org.switchboard.bench.intent.Clinc150Benchmark} (in-scope accuracy and
 * out-of-scope recall). Both train with the production {@link org.switchboard.core.intent.IntentTrainingOptions},
 * print their figures with the headline figure last, and accept {@code --eval FILE} to measure another file of the
 * same format. Commands and figures: docs/BENCHMARKS.md. Run by hand, never by {@code mvn verify}.
 */
package org.switchboard.bench.intent;
