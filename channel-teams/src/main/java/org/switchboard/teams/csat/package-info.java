/**
 * CSAT in Microsoft Teams: the rating question as an Adaptive Card with five {@code Action.Execute} buttons
 * ({@link TeamsCsatCards}) and their Universal Action invokes ({@code adaptiveCard/action}, verb
 * {@value TeamsCsatCards#VERB}, from an activity whose Bot Framework token was verified) recorded through the core's
 * {@link org.switchboard.core.csat.CsatService} ({@link TeamsCsatHandler}); a click never becomes a message.
 */
package org.switchboard.teams.csat;
