package org.switchboard.bench.outcome;

import java.time.Instant;
import java.util.Objects;

/**
 * What the bot did with one message, as its admin API reports it.
 *
 * @param externalId   the channel's message id (Slack {@code event_id}, Teams activity id, email Message-ID)
 * @param outcome      PENDING, ANSWERED, ESCALATED, DECLINED, SUPPRESSED or FAILED
 * @param reason       for SUPPRESSED and FAILED, why; else null
 * @param ticketNumber for ESCALATED, the ticket ({@code #1001}); else null
 * @param replyStatus  the reply's delivery status (PENDING, DELIVERED, DEAD), or null when no reply was queued
 * @param replyDue     for a PENDING reply, when it is next tried; else null
 */
public record BotOutcome(String externalId, String outcome, String reason, String ticketNumber, String replyStatus,
                         Instant replyDue) {

    /** @throws NullPointerException if externalId or outcome is null */
    public BotOutcome {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** @return whether the bot has not run the message's turn yet */
    public boolean pending() {
        return "PENDING".equals(outcome);
    }

    /**
     * @param now the current instant
     * @return whether a reply is queued but held back until later (the email rate limit's deferral)
     */
    public boolean deferred(Instant now) {
        return "PENDING".equals(replyStatus) && replyDue != null && replyDue.isAfter(now.plusSeconds(5));
    }

    /**
     * @param full whether to show the whole reason
     * @return one line for a report, e.g. {@code ESCALATED with ticket #1001},
     *         {@code SUPPRESSED: RFC 3834 Auto-Submitted: auto-replied}
     */
    public String describe(boolean full) {
        return switch (outcome) {
            case "ESCALATED" -> "ESCALATED with ticket " + (ticketNumber == null ? "(none)" : ticketNumber);
            case "SUPPRESSED", "FAILED" -> outcome + ": " + TextCut.cut(reason == null ? "" : reason, full ? -1 : 120);
            default -> outcome;
        };
    }
}
