/**
 * Customer satisfaction (CSAT): when a conversation is closed ({@link org.switchboard.core.conversation.ConversationClosed})
 * the customer is asked once, through the outbox, to rate the help from 1 to 5; the first rating (and an optional
 * comment) is stored once per conversation (table {@code csat_requests}). A request is identified only by an
 * unguessable random token ({@link CsatTokens}), carried by the channels' buttons and the email's links.
 * Ratings are recorded here and never enter the agent pipeline as messages. No channel code: each channel renders
 * a request it recognises by {@link CsatRefs} and hands clicks to {@link CsatService#rate}.
 */
package org.switchboard.core.csat;
