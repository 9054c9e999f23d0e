/**
 * Quality and speed figures the benchmarks print: classification accuracy, ranking recall@k and nDCG@k, latency
 * percentiles. Pure functions with no I/O, each tested on hand-computed examples.
 */
package org.switchboard.bench.metrics;
