/**
 * Conversations and their transcripts (tables {@code conversations}, {@code messages}). A conversation is one
 * Slack thread or DM, one Teams conversation, or one email thread; it has a status, the active agent and an
 * optimistic version, and is row-locked while a turn runs so two turns of one conversation never overlap.
 */
package org.switchboard.core.conversation;
