/**
 * The admin slash command {@code /switchboard} (Slack slash commands, request signing v0 checked by Bolt):
 * {@code plugins}, {@code plugin enable|disable ID}, {@code approvals}, {@code status} and {@code help}, for the
 * Slack users listed in {@code SLACK_ADMIN_IDS}; answered ephemerally, refused politely for everyone else, and
 * audited like the admin console's changes.
 */
package org.switchboard.slack.commands;
