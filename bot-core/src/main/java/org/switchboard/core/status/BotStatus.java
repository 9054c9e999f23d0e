package org.switchboard.core.status;

/**
 * Counts that tell an admin whether the bot keeps up, read at one moment.
 *
 * @param inboxPending          customer messages received and not yet processed (PENDING inbox entries)
 * @param outboxPending         replies waiting to be delivered or retried (PENDING outbox entries)
 * @param outboxFailed          replies given up on after their retries (DEAD outbox entries)
 * @param waitingForHuman       conversations escalated and waiting for a person
 * @param pendingApprovals      tool calls waiting for an approver's decision (not expired)
 * @param conversationsToday    conversations active since midnight UTC
 */
public record BotStatus(long inboxPending, long outboxPending, long outboxFailed, long waitingForHuman,
                        long pendingApprovals, long conversationsToday) {
}
