/**
 * The conversation worker: takes pending inbox entries, one turn at a time per conversation, and runs the
 * pipeline (customer lookup, conversation lock, input guard, agent, transcript) committing the turn's messages
 * together with its outbox entry. Failed turns are retried with backoff and finally answered with a polite
 * fallback and flagged for a human; a turn the language model was too busy to start is put off (one polite notice)
 * and run again later. No channel classes here.
 */
package org.switchboard.core.turn;
