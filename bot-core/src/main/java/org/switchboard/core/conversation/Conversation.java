package org.switchboard.core.conversation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ConversationRefCodec;
import org.switchboard.core.customer.CustomerId;

/** A conversation (table {@code conversations}, unique on {@code channel + external_key}). */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "external_key", nullable = false)
    private String externalKey;

    @Column(name = "conversation_ref", nullable = false, columnDefinition = "TEXT")
    private String conversationRef;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ConversationStatus status;

    @Column(name = "active_agent", nullable = false, length = 100)
    private String activeAgent;

    @Column(length = 100)
    private String assignee;

    @Column(name = "turn_count", nullable = false)
    private int turnCount;

    @Column(name = "unhelpful_turns", nullable = false)
    private int unhelpfulTurns;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "pending_choices", columnDefinition = "MEDIUMTEXT")
    private String pendingChoices;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Conversation() {
        // JPA
    }

    /**
     * Opens a conversation.
     *
     * @param ref         where it lives in its channel
     * @param customer    the customer
     * @param activeAgent the agent that answers first
     * @param now         the time
     */
    public Conversation(ConversationRef ref, CustomerId customer, String activeAgent, Instant now) {
        this.channel = ref.channel();
        this.externalKey = ref.key();
        this.conversationRef = ConversationRefCodec.toJson(ref);
        this.customerId = customer.value();
        this.status = ConversationStatus.OPEN;
        this.activeAgent = activeAgent;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** @return the id as a value; only after persist */
    public ConversationId id() {
        return new ConversationId(id);
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return the key within the channel */
    public String getExternalKey() {
        return externalKey;
    }

    /** @return where to reply, from the latest message */
    public ConversationRef conversationRef() {
        return ConversationRefCodec.fromJson(conversationRef);
    }

    /** @return the customer */
    public CustomerId customerId() {
        return new CustomerId(customerId);
    }

    /** @return the status */
    public ConversationStatus getStatus() {
        return status;
    }

    /** @return the name of the agent that answers next */
    public String getActiveAgent() {
        return activeAgent;
    }

    /** @return the user name of the person the conversation is assigned to, or null when nobody */
    public String getAssignee() {
        return assignee;
    }

    /**
     * Assigns the conversation to a person (the one who took it over).
     *
     * @param userName the person's user name, 1 to 100 characters; null to unassign
     * @throws IllegalArgumentException when the name is blank or too long
     */
    public void assignTo(String userName) {
        if (userName != null && (userName.isBlank() || userName.length() > 100)) {
            throw new IllegalArgumentException("assignee must be 1 to 100 characters");
        }
        this.assignee = userName;
    }

    /** @return how many turns ran */
    public int getTurnCount() {
        return turnCount;
    }

    /** @return the optimistic version */
    public long getVersion() {
        return version;
    }

    /**
     * Starts the next turn: counts it and keeps the latest reply coordinates.
     *
     * @param latest the reference from the message that starts the turn
     * @param now    the time
     * @return the new turn's number, from 1
     */
    public int beginTurn(ConversationRef latest, Instant now) {
        this.conversationRef = ConversationRefCodec.toJson(latest);
        this.updatedAt = now;
        return ++turnCount;
    }

    /** @return why the status last changed (e.g. the escalation reason), or null */
    public String getStatusReason() {
        return statusReason;
    }

    /** @return how many turns in a row the bot could not help (reset by a helpful turn and by hand-back) */
    public int getUnhelpfulTurns() {
        return unhelpfulTurns;
    }

    /**
     * Changes the status through the escalation state machine.
     *
     * @param transition the transition
     * @param reason     why (shown to admins), may be null; cut to 500 characters
     * @param now        the time
     * @return the new status
     * @throws IllegalStateException when the transition is not allowed from the current status
     */
    public ConversationStatus transition(ConversationTransition transition, String reason, Instant now) {
        this.status = transition.apply(status);
        this.statusReason = reason == null ? null : reason.length() <= 500 ? reason : reason.substring(0, 500);
        this.updatedAt = now;
        if (transition == ConversationTransition.HAND_BACK || transition == ConversationTransition.REOPEN) {
            this.unhelpfulTurns = 0;
        }
        return status;
    }

    /**
     * Hands the conversation to another agent: that agent answers from the next model round or turn on.
     *
     * @param agent the agent's name; not blank
     * @throws IllegalArgumentException when agent is blank
     */
    public void handOffTo(String agent) {
        if (agent == null || agent.isBlank()) {
            throw new IllegalArgumentException("agent must not be blank");
        }
        this.activeAgent = agent;
    }

    /**
     * Records whether this turn helped the customer.
     *
     * @param helped true when the bot answered the question; false when it could not
     * @return the count of unhelpful turns in a row after this one
     */
    public int recordTurnOutcome(boolean helped) {
        unhelpfulTurns = helped ? 0 : unhelpfulTurns + 1;
        return unhelpfulTurns;
    }

    /**
     * @return the options of the clarifying question asked last, as stored ({@code CitationsJson}), or null when
     *         none is pending
     */
    public String getPendingChoices() {
        return pendingChoices;
    }

    /** @param json the options of the clarifying question just asked ({@code CitationsJson}), or null to clear them */
    public void setPendingChoices(String json) {
        this.pendingChoices = json;
    }
}
