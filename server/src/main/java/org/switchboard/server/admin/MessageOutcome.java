package org.switchboard.server.admin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What became of one stored inbound message, derived from what its turn wrote: the inbox entry's status and
 * no-reply reason, the agent that wrote the reply ({@code input-guard} declines), and the {@code open_ticket} call
 * of the turn (an escalation with its ticket).
 */
public enum MessageOutcome {
    /** Its turn has not run yet. */
    PENDING,
    /** The bot answered (the reply may still be queued: see the reply status). */
    ANSWERED,
    /** The bot handed it to a person and opened a ticket (the reply tells the customer the number). */
    ESCALATED,
    /** The input guard declined it politely (empty, unreadable, too long, an instruction override). */
    DECLINED,
    /** Stored without a reply on purpose: an auto-reply, bounce, list mail, rate limit, a person handling it... */
    SUPPRESSED,
    /** Its turn failed too often; a fallback reply was queued and a person alerted. */
    FAILED;

    /** The name of the agent that writes the input guard's replies. */
    static final String INPUT_GUARD = "input-guard";

    private static final Pattern TICKET_NUMBER = Pattern.compile("\"ticketNumber\"\\s*:\\s*\"([^\"]{1,40})\"");

    /**
     * @param inboxStatus   the entry's status (PENDING, DONE, FAILED)
     * @param noReplyReason why no reply is sent, or null
     * @param replyAgent    the author of the turn's AGENT message, or null
     * @param ticketCall    the transcript line of the turn's {@code open_ticket} call, or null
     * @return the outcome
     */
    static MessageOutcome classify(String inboxStatus, String noReplyReason, String replyAgent, String ticketCall) {
        if ("PENDING".equals(inboxStatus)) {
            return PENDING;
        }
        if ("FAILED".equals(inboxStatus)) {
            return FAILED;
        }
        if (noReplyReason != null) {
            return SUPPRESSED;
        }
        if (INPUT_GUARD.equals(replyAgent)) {
            return DECLINED;
        }
        return ticketNumber(ticketCall) != null ? ESCALATED : ANSWERED;
    }

    /**
     * @param ticketCall the transcript line of an {@code open_ticket} call ({@code call ...\nok: ...\ndata: {...}}),
     *                   may be null
     * @return the ticket number the call returned, e.g. {@code #1001}; null when none (no call, or it failed)
     */
    static String ticketNumber(String ticketCall) {
        if (ticketCall == null || !ticketCall.contains("\nok: ")) {
            return null;
        }
        Matcher m = TICKET_NUMBER.matcher(ticketCall);
        return m.find() ? m.group(1) : null;
    }
}
