/**
 * Knowledge-retrieval benchmark: {@link org.switchboard.bench.retrieval.KnowledgeRetrievalBenchmark} measures
 * recall@10 and nDCG@10 of the BM25 index of tool-plugins' knowledge package, of the embedding index and of their
 * hybrid, side by side, on queries with relevance judgments ({@link org.switchboard.bench.retrieval.JudgedQueries}).
 * Run by hand (docs/BENCHMARKS.md), never by {@code mvn verify}.
 */
package org.switchboard.bench.retrieval;
