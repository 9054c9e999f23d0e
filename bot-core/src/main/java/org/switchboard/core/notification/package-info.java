/**
 * Proactive messages to a customer through any channel they have written in: the message is queued in the durable
 * outbox to the stored reference of the customer's most recent conversation in that channel (Slack thread or DM,
 * email thread, ...) and written to that conversation's transcript, in the caller's transaction.
 */
package org.switchboard.core.notification;
