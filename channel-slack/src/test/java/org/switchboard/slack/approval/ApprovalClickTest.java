package org.switchboard.slack.approval;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.util.json.GsonFactory;
import org.junit.jupiter.api.Test;
import org.switchboard.slack.SlackFixtures;

/** {@link ApprovalClick}: the fields of a real {@code block_actions} payload the decision needs. */
class ApprovalClickTest {

    private static BlockActionPayload parse(String json) {
        return GsonFactory.createSnakeCase().fromJson(json, BlockActionPayload.class);
    }

    @Test
    void theRealPayloadsUserTeamChannelMessageAndButtonAreTaken() {
        BlockActionPayload payload = parse(ApprovalFixtures.clickJson("U0APPROVER1", "C0APPROVERS",
                ApprovalMessages.APPROVE, "42"));
        ApprovalClick click = ApprovalClick.from(payload, ApprovalMessages.APPROVE);

        assertThat(click).isEqualTo(new ApprovalClick("T111", "U0APPROVER1", ApprovalMessages.APPROVE, "42",
                "C0APPROVERS", "1606455372.001200"));
        assertThat(click.actor()).isEqualTo("slack:T111:U0APPROVER1");
        assertThat(click.approves()).isTrue();
    }

    @Test
    void theUnmodifiedFixtureHasNoApprovalActionAndAPayloadWithoutUserGivesNoClick() {
        BlockActionPayload original = parse(SlackFixtures.read(ApprovalFixtures.CLICK));
        assertThat(ApprovalClick.from(original, ApprovalMessages.APPROVE)).isNull();
        original.setUser(null);
        assertThat(ApprovalClick.from(original, "save")).isNull();
    }
}
