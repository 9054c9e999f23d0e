package org.switchboard.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ConversationRefCodec;

/** {@link ApprovalOutboxRef}: approval messages are told apart from customer replies after a round trip. */
class ApprovalOutboxRefTest {

    @Test
    void eachKindSurvivesTheOutboxStorageFormat() {
        ConversationRef request = ConversationRefCodec.fromJson(ConversationRefCodec.toJson(
                ApprovalOutboxRef.request("C0APPROVERS", 12)));
        assertThat(ApprovalOutboxRef.kindOf(request)).isEqualTo(ApprovalOutboxRef.Kind.APPROVAL_REQUEST);
        assertThat(request.channel()).isEqualTo(Channel.SLACK);
        assertThat(request.attribute("channel")).isEqualTo("C0APPROVERS");
        assertThat(request.attribute(ApprovalOutboxRef.APPROVAL_ID)).isEqualTo("12");
        assertThat(ApprovalOutboxRef.kindOf(ApprovalOutboxRef.decision("C0APPROVERS", 12)))
                .isEqualTo(ApprovalOutboxRef.Kind.APPROVAL_DECISION);
        ConversationRef ephemeral = ApprovalOutboxRef.ephemeral("C0APPROVERS", "U9");
        assertThat(ApprovalOutboxRef.kindOf(ephemeral)).isEqualTo(ApprovalOutboxRef.Kind.EPHEMERAL);
        assertThat(ephemeral.attribute(ApprovalOutboxRef.USER)).isEqualTo("U9");
    }

    @Test
    void customerRepliesAndUnknownKindsAreNotApprovalMessages() {
        assertThat(ApprovalOutboxRef.kindOf(new ConversationRef(Channel.SLACK, "T1/C1/1.2",
                Map.of("channel", "C1", "thread_ts", "1.2")))).isNull();
        assertThat(ApprovalOutboxRef.kindOf(new ConversationRef(Channel.SLACK, "x",
                Map.of(ApprovalOutboxRef.KIND, "something_else")))).isNull();
    }
}
