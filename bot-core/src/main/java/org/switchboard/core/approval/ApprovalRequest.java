package org.switchboard.core.approval;

import static org.switchboard.core.json.JsonProviders.JSON;

import jakarta.json.JsonObject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.StringReader;
import java.time.Instant;
import java.util.Objects;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;

/**
 * A held tool call waiting for a human (table {@code approval_requests}): the exact call and the
 * {@link ToolContext} it was made for, so it can run days later, after restarts, exactly as the model made it.
 *
 * <p>State machine: {@link ApprovalStatus#PENDING} goes to {@link ApprovalStatus#APPROVED} or
 * {@link ApprovalStatus#DENIED} once, by {@link #approve} or {@link #deny}, only before {@link #getExpiresAt()};
 * every other decision is refused with {@link ApprovalConflictException} and changes nothing.
 */
@Entity
@Table(name = "approval_requests")
public class ApprovalRequest {

    /** Longest stored reason or result text. */
    public static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false)
    private long conversationId;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "tool_name", nullable = false, length = 100)
    private String toolName;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String arguments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ApprovalStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(length = MAX_TEXT)
    private String reason;

    @Column(name = "result", columnDefinition = "TEXT")
    private String result;

    @Column(name = "result_success")
    private Boolean resultSuccess;

    @Version
    @Column(nullable = false)
    private long version;

    protected ApprovalRequest() {
        // JPA
    }

    /**
     * A new pending request.
     *
     * @param call        the exact call, as the model made it
     * @param context     who it is made for
     * @param requestedAt now
     * @param expiresAt   when it can no longer be decided
     */
    public ApprovalRequest(ToolCall call, ToolContext context, Instant requestedAt, Instant expiresAt) {
        this.conversationId = context.conversationId().value();
        this.customerId = context.customerId().value();
        this.channel = context.channel();
        this.toolName = call.name();
        this.arguments = call.arguments().toString();
        this.status = ApprovalStatus.PENDING;
        this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Approves the request; the caller then runs {@link #call()} and {@link #recordResult records} its result.
     *
     * @param actor  who approved
     * @param now    the time of the decision
     * @param reason optional note, may be null
     * @throws ApprovalConflictException if the request is not pending or has expired
     */
    public void approve(String actor, Instant now, String reason) {
        decide(ApprovalStatus.APPROVED, actor, now, reason);
    }

    /**
     * Declines the request; the call never runs.
     *
     * @param actor  who declined
     * @param now    the time of the decision
     * @param reason optional note for the customer, may be null
     * @throws ApprovalConflictException if the request is not pending or has expired
     */
    public void deny(String actor, Instant now, String reason) {
        decide(ApprovalStatus.DENIED, actor, now, reason);
    }

    private void decide(ApprovalStatus outcome, String actor, Instant now, String note) {
        Objects.requireNonNull(actor, "actor");
        if (status != ApprovalStatus.PENDING) {
            throw new ApprovalConflictException("approval request " + id + " was already decided: " + status);
        }
        if (isExpired(now)) {
            throw new ApprovalConflictException("approval request " + id + " expired at " + expiresAt);
        }
        this.status = outcome;
        this.decidedBy = actor;
        this.decidedAt = now;
        this.reason = note == null || note.isBlank() ? null : truncate(note.strip());
    }

    /**
     * Stores what the approved call returned.
     *
     * @param success whether the tool succeeded
     * @param text    the tool's result text
     * @throws IllegalStateException if the request is not approved
     */
    public void recordResult(boolean success, String text) {
        if (status != ApprovalStatus.APPROVED) {
            throw new IllegalStateException("approval request " + id + " is " + status + ", not approved");
        }
        this.resultSuccess = success;
        this.result = text;
    }

    /**
     * @param now the current time
     * @return whether a pending request can no longer be decided
     */
    public boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /**
     * @param now the current time
     * @return the status, {@link ApprovalStatus#EXPIRED} for a pending request past its expiry time
     */
    public ApprovalStatus effectiveStatus(Instant now) {
        return status == ApprovalStatus.PENDING && isExpired(now) ? ApprovalStatus.EXPIRED : status;
    }

    /** @return the exact stored call */
    public ToolCall call() {
        return new ToolCall(toolName, JSON.createReader(new StringReader(arguments)).readObject());
    }

    /** @return the customer, conversation and channel the call was made for */
    public ToolContext context() {
        return new ToolContext(new CustomerId(customerId), new ConversationId(conversationId), channel);
    }

    private static String truncate(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    /** @return the id, null before it is persisted */
    public Long getId() {
        return id;
    }

    /** @return the conversation id */
    public long getConversationId() {
        return conversationId;
    }

    /** @return the customer id */
    public long getCustomerId() {
        return customerId;
    }

    /** @return the channel the customer wrote in */
    public Channel getChannel() {
        return channel;
    }

    /** @return the tool's name */
    public String getToolName() {
        return toolName;
    }

    /** @return the call's arguments */
    public JsonObject getArguments() {
        return call().arguments();
    }

    /** @return the stored status (see {@link #effectiveStatus(Instant)}) */
    public ApprovalStatus getStatus() {
        return status;
    }

    /** @return when the call was held */
    public Instant getRequestedAt() {
        return requestedAt;
    }

    /** @return when it can no longer be decided */
    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** @return who decided, or null */
    public String getDecidedBy() {
        return decidedBy;
    }

    /** @return when it was decided, or null */
    public Instant getDecidedAt() {
        return decidedAt;
    }

    /** @return the approver's note, or null */
    public String getReason() {
        return reason;
    }

    /** @return the approved call's result text, or null */
    public String getResult() {
        return result;
    }

    /** @return whether the approved call succeeded, or null when it has not run */
    public Boolean getResultSuccess() {
        return resultSuccess;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }
}
