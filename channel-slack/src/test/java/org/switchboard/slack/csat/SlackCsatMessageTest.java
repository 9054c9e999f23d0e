package org.switchboard.slack.csat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.slack.delivery.SlackStaffAlertAddress;

class SlackCsatMessageTest {

    @Test
    void theQuestionHasFiveButtonsCarryingOnlyTheToken() {
        List<LayoutBlock> blocks = SlackCsatMessage.blocks("tok-123");
        assertThat(blocks).hasSize(2);
        assertThat(((SectionBlock) blocks.get(0)).getText().getText()).contains("How would you rate the help you got");
        ActionsBlock actions = (ActionsBlock) blocks.get(1);
        assertThat(actions.getBlockId()).isEqualTo(SlackCsatMessage.BLOCK_ID);
        assertThat(actions.getElements()).hasSize(5);
        for (int score = 1; score <= 5; score++) {
            ButtonElement button = (ButtonElement) actions.getElements().get(score - 1);
            assertThat(button.getActionId()).isEqualTo("csat_rate_" + score);
            assertThat(button.getValue()).isEqualTo("tok-123");
            assertThat(button.getText().getText()).startsWith(score + " - ");
        }
    }

    @Test
    void staffAlertsGoToTheTopOfAChannelAndOnlyChannelIdsAreAccepted() {
        ConversationRef ref = new SlackStaffAlertAddress().address("C0123ABCD");
        assertThat(ref.channel()).isEqualTo(Channel.SLACK);
        assertThat(ref.attribute("channel")).isEqualTo("C0123ABCD");
        assertThat(ref.attribute("thread_ts")).isNull();
        assertThatThrownBy(() -> new SlackStaffAlertAddress().address("#support"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
