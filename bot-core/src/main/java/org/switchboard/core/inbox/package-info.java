/**
 * The inbox: every verified inbound message is stored here before the channel's HTTP ack, keyed by channel and
 * the channel's message id (unique), so a second delivery of the same id is acknowledged and ignored and
 * nothing is lost after the ack. The conversation worker ({@code org.switchboard.core.turn}) takes entries from
 * here. Table {@code inbox_entries}.
 */
package org.switchboard.core.inbox;
