/**
 * Replays tau-bench fixture files (each task's gold tool calls with tau-bench's own outputs, and the records the
 * task changes) through the Java tool implementations, each task from the original data, and reports per task
 * whether every output and every changed record is reproduced ({@link
 * org.switchboard.plugins.commerce.replay.CommerceReplay} is the command, used by the tests too).
 *
 * <p>Outputs compare as parsed JSON when both sides are JSON, as exact strings otherwise; records compare as
 * parsed JSON.
 */
package org.switchboard.plugins.commerce.replay;
