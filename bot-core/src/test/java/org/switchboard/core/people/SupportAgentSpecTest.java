package org.switchboard.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.SenderIdentity;

class SupportAgentSpecTest {

    @Test
    void aPersonKeepsTheirChannelIdsCheckedDeduplicatedAndEmailInLowerCase() {
        SupportAgentSpec spec = new SupportAgentSpec("dana.agent", " Dana Agent ", SupportRole.of("Agent"),
                List.of("U0DANA1", "U0DANA1"), List.of("8d5a0c3e-2b7f-4e0e-9d0f-0a1b2c3d4e5f"),
                List.of("Dana@Example.ORG"));

        assertThat(spec.displayName()).isEqualTo("Dana Agent");
        assertThat(spec.role()).isEqualTo(SupportRole.AGENT);
        assertThat(spec.slackUserIds()).containsExactly("U0DANA1");
        assertThat(spec.emailAddresses()).containsExactly("dana@example.org");
        SupportAgent dana = new SupportAgent(spec, Instant.EPOCH);
        assertThat(dana.idsIn(Channel.SLACK)).containsExactly("U0DANA1");
        assertThat(dana.idsIn(Channel.TEAMS)).containsExactly("8d5a0c3e-2b7f-4e0e-9d0f-0a1b2c3d4e5f");
        assertThat(dana.idsIn(Channel.EMAIL)).containsExactly("dana@example.org");
        assertThat(dana.getPasswordHash()).isNull();
        assertThat(SupportRole.ADMIN.group()).isEqualTo("admin");
        assertThat(SupportRole.AGENT.group()).isEqualTo("support-agent");
    }

    @Test
    void everyFieldThatIsNotOfItsShapeIsRefusedByName() {
        assertThatThrownBy(() -> spec("dana agent", "Dana", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userName");
        assertThatThrownBy(() -> spec("dana", "Dana\nAdmin", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("displayName");
        assertThatThrownBy(() -> spec("dana", "Dana", List.of("<@U0DANA1>"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("slackUserIds");
        assertThatThrownBy(() -> spec("dana", "Dana", List.of(), List.of("not an address")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("emailAddresses");
        assertThatThrownBy(() -> SupportRole.of("owner")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SupportAgentSpec("dana", "Dana", null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("role");
    }

    @Test
    void thePersonBehindASenderIsLookedUpByTheIdTheChannelAuthenticated() {
        assertThat(SupportAgents.channelId(Channel.SLACK, new SenderIdentity("T0001:U0DANA1", null)))
                .contains("U0DANA1");
        assertThat(SupportAgents.channelId(Channel.TEAMS, new SenderIdentity("tenant-1:8D5A0C3E-2B7F", "Dana")))
                .contains("8d5a0c3e-2b7f");
        assertThat(SupportAgents.channelId(Channel.EMAIL, new SenderIdentity("dana@example.org", null)))
                .as("email: the console is the person's path").isEmpty();
        assertThat(SupportAgents.channelId(Channel.SLACK, SenderIdentity.unverified("U0DANA1", null))).isEmpty();
    }

    private static SupportAgentSpec spec(String user, String name, List<String> slack, List<String> email) {
        return new SupportAgentSpec(user, name, SupportRole.ADMIN, slack, List.of(), email);
    }
}
