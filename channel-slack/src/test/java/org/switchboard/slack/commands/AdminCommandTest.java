package org.switchboard.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.switchboard.slack.commands.AdminCommand.Verb;

class AdminCommandTest {

    @Test
    void parsesEachCommandInAnyCaseAndSpacing() {
        assertThat(AdminCommand.parse("plugins")).isEqualTo(new AdminCommand(Verb.PLUGINS, null, null));
        assertThat(AdminCommand.parse("  Plugin   DISABLE  knowledge-base ")).isEqualTo(
                new AdminCommand(Verb.DISABLE_PLUGIN, "knowledge-base", null));
        assertThat(AdminCommand.parse("plugin enable retail-orders")).isEqualTo(
                new AdminCommand(Verb.ENABLE_PLUGIN, "retail-orders", null));
        assertThat(AdminCommand.parse("approvals").verb()).isEqualTo(Verb.APPROVALS);
        assertThat(AdminCommand.parse("STATUS").verb()).isEqualTo(Verb.STATUS);
        assertThat(AdminCommand.parse("help")).isEqualTo(new AdminCommand(Verb.HELP, null, null));
        assertThat(AdminCommand.parse("")).isEqualTo(new AdminCommand(Verb.HELP, null, null));
        assertThat(AdminCommand.parse(null)).isEqualTo(new AdminCommand(Verb.HELP, null, null));
    }

    @Test
    void anythingElseIsHelpWithTheReason() {
        assertThat(AdminCommand.parse("reboot").problem()).contains("`reboot`");
        assertThat(AdminCommand.parse("plugin remove x").problem()).contains("plugin enable ID");
        assertThat(AdminCommand.parse("plugin disable").problem()).contains("plugin enable ID");
        assertThat(AdminCommand.parse("plugin disable <!channel>").problem()).contains("is not a plugin id");
        assertThat(AdminCommand.parse("status now").problem()).contains("no arguments");
        assertThat(AdminCommand.parse("x".repeat(500)).problem()).contains("too long");
    }
}
