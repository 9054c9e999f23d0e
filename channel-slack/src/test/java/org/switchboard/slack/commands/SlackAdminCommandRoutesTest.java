package org.switchboard.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlackAdminCommandRoutesTest {

    private final List<String> calls = new ArrayList<>();

    private final AdminCommandAnswers answers = new AdminCommandAnswers() {
        @Override
        public String answer(AdminCommand command, String actor) {
            calls.add(command.verb() + " " + command.pluginId() + " by " + actor);
            if (command.verb() == AdminCommand.Verb.STATUS) {
                throw new IllegalStateException("database down");
            }
            return "done";
        }
    };

    private final SlackAdminCommandRoutes routes = new SlackAdminCommandRoutes(answers, Set.of("UADMIN"));

    @Test
    void anAdminsCommandRunsAsThatSlackUser() {
        assertThat(routes.reply(payload("UADMIN", "plugin disable knowledge-base"))).isEqualTo("done");
        assertThat(calls).containsExactly("DISABLE_PLUGIN knowledge-base by slack:T0001:UADMIN");
    }

    @Test
    void everyoneElseIsRefusedPolitelyAndNothingRuns() {
        assertThat(routes.reply(payload("U2147483697", "plugin disable knowledge-base")))
                .isEqualTo(SlackAdminCommandRoutes.REFUSAL);
        assertThat(routes.reply(payload(null, "plugins"))).isEqualTo(SlackAdminCommandRoutes.REFUSAL);
        assertThat(calls).isEmpty();
    }

    @Test
    void aFailingCommandGetsAnApologyNotAnError() {
        assertThat(routes.reply(payload("UADMIN", "status"))).startsWith("Sorry, that did not work");
    }

    private static SlashCommandPayload payload(String user, String text) {
        SlashCommandPayload payload = new SlashCommandPayload();
        payload.setTeamId("T0001");
        payload.setUserId(user);
        payload.setCommand(SlackAdminCommandRoutes.COMMAND);
        payload.setText(text);
        return payload;
    }
}
