package org.switchboard.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.approval.ApprovalConflictException;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalService;
import org.switchboard.core.approval.UnknownApprovalException;
import org.switchboard.slack.TestSettings;
import org.switchboard.slack.approval.SlackApprovalDecider.Outcome;

/** {@link SlackApprovalDecider}: only listed approvers in the approvers' channel decide; refusals change nothing. */
class SlackApprovalDeciderTest {

    /** Records decisions; request 13 is already decided, 14 does not exist. */
    private static final class RecordingApprovals extends ApprovalService {
        final List<String> decisions = new ArrayList<>();

        @Override
        public ApprovalRequest approve(long id, String actor, String reason) {
            return decide("approve", id, actor);
        }

        @Override
        public ApprovalRequest deny(long id, String actor, String reason) {
            return decide("deny", id, actor);
        }

        private ApprovalRequest decide(String what, long id, String actor) {
            if (id == 13) {
                throw new ApprovalConflictException("approval request 13 was already decided: APPROVED");
            }
            if (id == 14) {
                throw new UnknownApprovalException(14);
            }
            decisions.add(what + " " + id + " by " + actor);
            return null;
        }
    }

    /** Records what the user would be told, and refusals. */
    private static final class RecordingNotices extends ApprovalNotices {
        final List<String> refused = new ArrayList<>();
        final List<String> told = new ArrayList<>();

        @Override
        public void refused(ApprovalClick click, String why) {
            refused.add(click.actor() + ": " + why);
        }

        @Override
        public void unchanged(ApprovalClick click, String text) {
            told.add(click.userId() + ": " + text);
        }
    }

    private final RecordingApprovals approvals = new RecordingApprovals();
    private final RecordingNotices notices = new RecordingNotices();
    private final SlackApprovalDecider decider = decider("C0APPROVERS", "U0APPROVER1, U0APPROVER2");

    private SlackApprovalDecider decider(String channel, String ids) {
        SlackApprovalDecider d = new SlackApprovalDecider();
        d.settings = TestSettings.withApprovers(TestSettings.of("s", "xoxb-t", "https://slack.com/api/", null, 1024),
                channel, ids);
        d.approvals = approvals;
        d.notices = notices;
        return d;
    }

    private static ApprovalClick click(String user, String channel, String action, String value) {
        return new ApprovalClick("T111", user, action, value, channel, "1700000000.000100");
    }

    @Test
    void aListedApproverApprovesOrDeniesAsSlackTeamAndUser() {
        assertThat(decider.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.APPROVE, "12")))
                .isEqualTo(Outcome.APPROVED);
        assertThat(decider.decide(click("U0APPROVER2", "C0APPROVERS", ApprovalMessages.DENY, " 15 ")))
                .isEqualTo(Outcome.DENIED);
        assertThat(approvals.decisions).containsExactly("approve 12 by slack:T111:U0APPROVER1",
                "deny 15 by slack:T111:U0APPROVER2");
        assertThat(notices.refused).isEmpty();
        assertThat(notices.told).isEmpty();
    }

    @Test
    void someoneNotOnTheApproverListIsRefusedAndAuditedAndNothingIsDecided() {
        assertThat(decider.decide(click("U0STRANGER", "C0APPROVERS", ApprovalMessages.APPROVE, "12")))
                .isEqualTo(Outcome.REFUSED);
        assertThat(approvals.decisions).isEmpty();
        assertThat(notices.refused).containsExactly("slack:T111:U0STRANGER: user not in SLACK_APPROVER_IDS");
    }

    @Test
    void withoutAnApproverListNobodyCanDecideFromSlack() {
        SlackApprovalDecider closed = decider("C0APPROVERS", null);
        assertThat(closed.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.APPROVE, "12")))
                .isEqualTo(Outcome.REFUSED);
        assertThat(approvals.decisions).isEmpty();
    }

    @Test
    void aClickOutsideTheApproversChannelIsRefused() {
        assertThat(decider.decide(click("U0APPROVER1", "C0ELSEWHERE", ApprovalMessages.APPROVE, "12")))
                .isEqualTo(Outcome.REFUSED);
        assertThat(approvals.decisions).isEmpty();
        assertThat(notices.refused).singleElement().asString().contains("outside SLACK_APPROVER_CHANNEL");
    }

    @Test
    void alreadyDecidedUnknownAndMalformedRequestsChangeNothingAndTheUserIsTold() {
        assertThat(decider.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.APPROVE, "13")))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(decider.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.DENY, "14")))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(decider.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.APPROVE, "12; DROP")))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(decider.decide(click("U0APPROVER1", "C0APPROVERS", ApprovalMessages.APPROVE, null)))
                .isEqualTo(Outcome.UNCHANGED);
        assertThat(approvals.decisions).isEmpty();
        assertThat(notices.told).hasSize(4);
        assertThat(notices.told.get(0)).contains("#13 was already decided or has expired");
        assertThat(notices.told.get(1)).contains("no approval request #14");
        assertThat(notices.told.get(2)).contains("does not belong to a known approval request");
    }
}
