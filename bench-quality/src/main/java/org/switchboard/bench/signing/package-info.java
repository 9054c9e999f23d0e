/**
 * Timing of the Slack signature check (RELIABILITY case 1, "comparison constant-time"):
 * {@link org.switchboard.bench.signing.SignatureTiming} measures, with a dudect-style Welch t-test
 * ({@link org.switchboard.bench.signing.TimingLeakTest}), whether the time of the product's comparison depends on where
 * a forged signature differs from the right one, next to {@code String.equals} as a control that does leak.
 * Run by hand (docs/BENCHMARKS.md), never by {@code mvn verify}: timings are measured, not asserted.
 */
package org.switchboard.bench.signing;
