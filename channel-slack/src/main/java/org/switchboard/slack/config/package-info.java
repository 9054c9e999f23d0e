/**
 * Slack settings read with MicroProfile Config ({@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN},
 * {@code SLACK_API_URL}, {@code SLACK_BOT_USER_ID}). Secrets are held here and never logged.
 */
package org.switchboard.slack.config;
