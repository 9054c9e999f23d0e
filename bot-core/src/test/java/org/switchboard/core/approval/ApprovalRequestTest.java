package org.switchboard.core.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.conversation.ConversationId;
import org.switchboard.core.customer.CustomerId;
import org.switchboard.core.tool.ToolCall;
import org.switchboard.core.tool.ToolContext;
import org.switchboard.core.tool.ToolResult;

/** The state machine of {@link ApprovalRequest}: pending goes to approved or denied once, before expiry. */
class ApprovalRequestTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final ToolContext CONTEXT = new ToolContext(new CustomerId(42), new ConversationId(7), Channel.SLACK);
    private static final ToolCall CALL = new ToolCall("refund",
            Json.createObjectBuilder().add("order_id", "#W123").add("amount", 812.5).add("items", Json.createArrayBuilder().add("a").add("b")).build());

    private static ApprovalRequest pending() {
        return new ApprovalRequest(CALL, CONTEXT, T0, T0.plus(Duration.ofDays(7)));
    }

    @Test
    void aNewRequestIsPendingAndKeepsTheExactCallAndContext() {
        ApprovalRequest request = pending();

        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.effectiveStatus(T0.plusSeconds(60))).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.call()).isEqualTo(CALL);
        assertThat(request.context()).isEqualTo(CONTEXT);
        assertThat(request.getDecidedBy()).isNull();
    }

    @Test
    void approvingRecordsWhoAndWhenAndThenTheResult() {
        ApprovalRequest request = pending();
        Instant when = T0.plus(Duration.ofDays(3));

        request.approve("alice", when, "  checked the receipt  ");
        request.recordResult(true, "refunded 812.5");

        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(request.getDecidedBy()).isEqualTo("alice");
        assertThat(request.getDecidedAt()).isEqualTo(when);
        assertThat(request.getReason()).isEqualTo("checked the receipt");
        assertThat(request.getResult()).isEqualTo("refunded 812.5");
        assertThat(request.getResultSuccess()).isTrue();
    }

    @Test
    void denyingRecordsWhoAndWhenAndNeverAResult() {
        ApprovalRequest request = pending();

        request.deny("bob", T0.plusSeconds(5), " ");

        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.DENIED);
        assertThat(request.getDecidedBy()).isEqualTo("bob");
        assertThat(request.getReason()).isNull();
        assertThatThrownBy(() -> request.recordResult(true, "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void decidingTwiceIsRefusedAndChangesNothing() {
        ApprovalRequest approved = pending();
        approved.approve("alice", T0.plusSeconds(1), null);

        assertThatThrownBy(() -> approved.approve("bob", T0.plusSeconds(2), null))
                .isInstanceOf(ApprovalConflictException.class).hasMessageContaining("already decided");
        assertThatThrownBy(() -> approved.deny("bob", T0.plusSeconds(2), "no"))
                .isInstanceOf(ApprovalConflictException.class);
        assertThat(approved.getStatus()).isEqualTo(ApprovalStatus.APPROVED);
        assertThat(approved.getDecidedBy()).isEqualTo("alice");
        assertThat(approved.getDecidedAt()).isEqualTo(T0.plusSeconds(1));

        ApprovalRequest denied = pending();
        denied.deny("carol", T0.plusSeconds(1), "no");
        assertThatThrownBy(() -> denied.approve("alice", T0.plusSeconds(2), null))
                .isInstanceOf(ApprovalConflictException.class);
        assertThat(denied.getStatus()).isEqualTo(ApprovalStatus.DENIED);
        assertThat(denied.getDecidedBy()).isEqualTo("carol");
    }

    @Test
    void anExpiredRequestCannotBeDecidedAndShowsAsExpired() {
        ApprovalRequest request = pending();
        Instant expiry = T0.plus(Duration.ofDays(7));

        assertThatThrownBy(() -> request.approve("alice", expiry, null))
                .isInstanceOf(ApprovalConflictException.class).hasMessageContaining("expired");
        assertThatThrownBy(() -> request.deny("alice", expiry.plusSeconds(1), null))
                .isInstanceOf(ApprovalConflictException.class);
        assertThat(request.getStatus()).isEqualTo(ApprovalStatus.PENDING);
        assertThat(request.getDecidedBy()).isNull();
        assertThat(request.effectiveStatus(expiry)).isEqualTo(ApprovalStatus.EXPIRED);
        assertThat(request.effectiveStatus(expiry.minusMillis(1))).isEqualTo(ApprovalStatus.PENDING);
    }

    @Test
    void theCustomerIsToldInWordsWhatHappened() {
        assertThat(ApprovalMessages.pending(12)).contains("#12").contains("pending");
        assertThat(ApprovalMessages.approved(ToolResult.ok("Refunded $812.50.", null)))
                .contains("approved").contains("Refunded $812.50.");
        assertThat(ApprovalMessages.approved(ToolResult.error("order not found")))
                .contains("could not be carried out").contains("order not found");
        assertThat(ApprovalMessages.denied(null)).startsWith("We are sorry").doesNotContain("null");
        assertThat(ApprovalMessages.denied("Refunds over $500 need a receipt."))
                .contains("Refunds over $500 need a receipt.");
    }
}
