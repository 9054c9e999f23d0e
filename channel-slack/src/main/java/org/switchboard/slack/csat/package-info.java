/**
 * CSAT in Slack: the rating question as Block Kit buttons ({@link SlackCsatMessage}) and their clicks
 * ({@code block_actions}, signed like every Slack request and verified by Bolt) recorded through the core's
 * {@link org.switchboard.core.csat.CsatService} ({@link SlackCsatRoutes}); a click never becomes a message.
 */
package org.switchboard.slack.csat;
