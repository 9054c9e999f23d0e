/** Command-line parsing shared by the quality benchmarks. */
package org.switchboard.bench.cli;
