package org.switchboard.core.outbox;

/**
 * CDI event fired inside a turn's transaction when a reply was queued; the dispatcher observes it after the
 * transaction succeeds and starts delivering at once.
 *
 * @param outboxEntryId the queued entry, or null when not yet flushed
 */
public record ReplyQueued(Long outboxEntryId) {
}
