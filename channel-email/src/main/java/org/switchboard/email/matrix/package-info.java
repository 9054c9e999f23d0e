/**
 * The suppression-matrix check: {@link org.switchboard.email.matrix.SuppressionMatrix} runs the loop guard over an
 * {@code INDEX.tsv}-style list of real messages and reports, per message, whether the bot would answer or stay
 * silent, against the rule. A command (exec:java) and a unit test share it. No database, network or CDI.
 */
package org.switchboard.email.matrix;
