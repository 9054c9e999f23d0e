/**
 * Fault injection with real processes (issue 7, RELIABILITY cases 11-12): {@link org.switchboard.bench.fault.KillRestartRun}
 * streams signed Slack events at a running bot, kills its Liberty JVM with SIGKILL in the middle, starts it again
 * with {@code wlp/bin/server start}, and counts lost and duplicated replies at the Slack Web API stand-in;
 * {@link org.switchboard.bench.fault.LibertyProcess} finds, kills and starts the server process.
 */
package org.switchboard.bench.fault;
