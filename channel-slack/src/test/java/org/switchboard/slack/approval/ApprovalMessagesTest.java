package org.switchboard.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.approval.ApprovalRequest;

/** {@link ApprovalMessages}: the approvers' Block Kit message before and after the decision. */
class ApprovalMessagesTest {

    private static final java.time.Instant NOW = ApprovalFixtures.NOW;

    @Test
    void aPendingRequestShowsTheExactCallAndApproveAndDenyButtonsCarryingItsId() {
        ApprovalRequest request = ApprovalFixtures.request(41, "{\"order_id\":\"#W1\",\"amount\":812}");
        List<LayoutBlock> blocks = ApprovalMessages.pending(request);

        assertThat(blocks).hasSize(2);
        String text = ((MarkdownTextObject) ((SectionBlock) blocks.get(0)).getText()).getText();
        assertThat(text).contains("*Approval request #41*", "`refund_order`", "\"order_id\":\"#W1\"", "812",
                "customer #7", "conversation #9");
        ActionsBlock actions = (ActionsBlock) blocks.get(1);
        assertThat(actions.getBlockId()).isEqualTo(ApprovalMessages.ACTIONS_BLOCK);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly(ApprovalMessages.APPROVE, ApprovalMessages.DENY);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getValue()).containsOnly("41");
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getStyle())
                .containsExactly("primary", "danger");
    }

    @Test
    void theDecisionReplacesTheButtonsAndNamesASlackApproverByMention() {
        ApprovalRequest request = ApprovalFixtures.request(41, "{\"amount\":812}");
        request.approve("slack:T111:U0APPROVER1", NOW.plusSeconds(60), null);
        request.recordResult(true, "Refunded.");
        List<LayoutBlock> blocks = ApprovalMessages.decided(request, NOW.plusSeconds(61));

        assertThat(blocks).hasSize(2).noneMatch(b -> b instanceof ActionsBlock);
        String decision = ((MarkdownTextObject) ((ContextBlock) blocks.get(1)).getElements().get(0)).getText();
        assertThat(decision).contains("Approved by <@U0APPROVER1> at 2026-11-23T10:01:00Z").contains("the call ran");
    }

    @Test
    void anAdminDenialShowsTheEscapedNameAndReasonAndAnExpiredRequestSaysSo() {
        ApprovalRequest denied = ApprovalFixtures.request(5, "{}");
        denied.deny("ops<admin>", NOW.plusSeconds(5), "Needs the <receipt> & invoice");
        assertThat(ApprovalMessages.decision(denied, NOW.plusSeconds(6)))
                .isEqualTo(":no_entry: Denied by ops&lt;admin&gt; at 2026-11-23T10:00:05Z: Needs the &lt;receipt&gt;"
                        + " &amp; invoice");

        ApprovalRequest expired = ApprovalFixtures.request(6, "{}");
        assertThat(ApprovalMessages.decision(expired, NOW.plusSeconds(7200))).contains("Expired")
                .contains("without a decision");
        assertThat(ApprovalMessages.decision(expired, NOW)).isEqualTo("Waiting for a decision.");
    }

    @Test
    void argumentsAreEscapedAndLongOnesShortenedBelowSlacksSectionLimit() {
        String longValue = "x".repeat(5000);
        ApprovalRequest request = ApprovalFixtures.request(8, "{\"note\":\"<@U1> & " + longValue + "\"}");
        String summary = ApprovalMessages.summary(request);
        assertThat(summary).contains("&lt;@U1&gt; &amp;").doesNotContain("<@U1>");
        assertThat(summary.length()).isLessThan(3000);
    }
}
