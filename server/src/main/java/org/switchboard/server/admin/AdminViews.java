package org.switchboard.server.admin;

import java.time.Instant;

/** The JSON shapes of the admin API's read-only lists. */
public final class AdminViews {

    private AdminViews() {
    }

    /**
     * A conversation.
     *
     * @param id          conversation id
     * @param channel     SLACK, TEAMS or EMAIL
     * @param externalKey the channel's key (e.g. Slack team/channel/thread)
     * @param customerId  the customer
     * @param status      OPEN, WAITING_FOR_HUMAN, HANDED_OFF or CLOSED
     * @param activeAgent the agent answering it
     * @param turnCount   turns so far
     * @param createdAt   when it started
     * @param updatedAt   last activity
     * @param statusReason why the status last changed (e.g. the escalation reason), or null
     * @param customerName the customer as people know them in this channel ({@link CustomerNames}): the name the
     *                     channel gave (Teams {@code from.name}, the email From display name), else the address or
     *                     the channel's user id (Slack {@code U...}); null only for a customer with no identity
     * @param lastMessage  the last customer or bot message, on one line and cut to
     *                     {@value MessagePreview#MAX_CHARS} characters ({@link MessagePreview}); null when none
     * @param assignee     the user name of the person it is assigned to (who took it over), or null
     * @param assigneeName that person's display name (the user name for the configured admin), or null
     * @param waitingSince when the oldest customer message not yet answered (by the bot or a person) arrived; null
     *                     when nothing waits or the conversation is closed
     */
    public record Conversation(long id, String channel, String externalKey, long customerId, String status,
                               String activeAgent, int turnCount, Instant createdAt, Instant updatedAt,
                               String statusReason, String customerName, String lastMessage, String assignee,
                               String assigneeName, Instant waitingSince) {
    }

    /**
     * One message of a transcript.
     *
     * @param id         message id
     * @param turnNumber the turn it belongs to
     * @param role       CUSTOMER, AGENT (the bot), TOOL, HUMAN (a person, to the customer), NOTE (a person's internal
     *                   note, never sent) or SYSTEM (e.g. the hand-back summary)
     * @param author     who wrote it (agent name, customer id, a person's user name), may be null
     * @param toolName   for TOOL messages, the tool
     * @param content    the text
     * @param createdAt  when
     * @param knowledgeDecision   for an agent line resting on the help center: ANSWER, CLARIFY or UNKNOWN; else null
     * @param knowledgeConfidence that decision's confidence in [0, 1], or null
     * @param knowledgeSources    the passages it rests on, JSON {@code [{"documentId","section","confidence"}]}, or null
     * @param authorName          for HUMAN, NOTE and SYSTEM lines written by a person, their display name; else null
     */
    public record Message(long id, int turnNumber, String role, String author, String toolName, String content,
                          Instant createdAt, String knowledgeDecision, Double knowledgeConfidence,
                          String knowledgeSources, String authorName) {
    }

    /**
     * A conversation with its transcript.
     *
     * @param conversation the conversation
     * @param messages     its messages, oldest first
     */
    public record Transcript(Conversation conversation, java.util.List<Message> messages) {
        /** Copies the list. */
        public Transcript {
            messages = java.util.List.copyOf(messages);
        }
    }

    /**
     * A ticket.
     *
     * @param id             ticket id
     * @param number         as shown to customers, e.g. {@code #1001}
     * @param customerId     the customer
     * @param conversationId the conversation it came from, or null
     * @param subject        one line
     * @param description    the details
     * @param status         its status
     * @param createdAt      when it was opened
     * @param customerName   the customer as people know them ({@link CustomerNames}), in the channel of the
     *                       ticket's conversation; null only for a customer with no identity
     * @param lastMessage    the last customer or bot message of its conversation, one line, cut to
     *                       {@value MessagePreview#MAX_CHARS} characters; null when there is none
     */
    public record Ticket(long id, String number, long customerId, Long conversationId, String subject,
                         String description, String status, Instant createdAt, String customerName,
                         String lastMessage) {
    }

    /**
     * What became of one stored inbound message ({@code GET /api/admin/inbox}), for replays and support staff.
     *
     * @param id             inbox entry id
     * @param channel        SLACK, TEAMS or EMAIL
     * @param externalId     the channel's message id (Slack {@code event_id}, Teams activity id, email Message-ID)
     * @param receivedAt     when it arrived
     * @param outcome        {@link MessageOutcome}: PENDING, ANSWERED, ESCALATED, DECLINED, SUPPRESSED or FAILED
     * @param reason         for SUPPRESSED, why no reply is sent (e.g. {@code RFC 3834 Auto-Submitted: auto-replied},
     *                       {@code rate limit: ...}); for FAILED, the last error; else null
     * @param ticketNumber   for ESCALATED, the ticket opened in the turn ({@code #1001}); else null
     * @param conversationId the conversation it was stored in, or null before its turn
     * @param replyStatus    the reply's outbox status (PENDING, DELIVERED, DEAD), or null when no reply was queued
     * @param replyDue       for a PENDING reply, when it is next tried (later than now for a reply the rate limit
     *                       deferred); else null
     */
    public record InboxOutcome(long id, String channel, String externalId, Instant receivedAt, String outcome,
                               String reason, String ticketNumber, Long conversationId, String replyStatus,
                               Instant replyDue) {
    }

    /**
     * An audit entry.
     *
     * @param id         entry id
     * @param occurredAt when
     * @param actor      who ({@code bot}, {@code system} or an admin)
     * @param action     what, e.g. {@code plugin.disabled}
     * @param subject    to what, e.g. {@code plugin:knowledge-base}
     * @param details    what changed (never secrets), may be null
     */
    public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subject, String details) {
    }
}
