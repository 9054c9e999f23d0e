/**
 * The end-to-end answer benchmark (issue 16): labelled customer messages replayed through the real offline agent,
 * tool registry and knowledge-base plugin, each reply scored by the article it cites; and the command that refits
 * the answer-confidence calibration shipped with the knowledge-base plugin.
 */
package org.switchboard.bench.answers;
