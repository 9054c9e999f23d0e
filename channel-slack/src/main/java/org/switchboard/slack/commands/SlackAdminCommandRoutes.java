package org.switchboard.slack.commands;

import com.slack.api.bolt.App;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Registers the Bolt handler of the {@code /switchboard} slash command (Slack slash commands; Bolt has verified
 * request signing v0 before it runs). Admins ({@code SLACK_ADMIN_IDS}) get the answer of {@link AdminCommandAnswers};
 * everyone else a polite refusal. Every answer is ephemeral (only the user who typed the command sees it) and comes
 * in the acknowledgement itself, within Slack's three seconds.
 */
public final class SlackAdminCommandRoutes {

    /** The slash command's name, as registered in the Slack app. */
    public static final String COMMAND = "/switchboard";

    static final String REFUSAL = "Sorry, `/switchboard` is for Switchboard admins only. Ask an admin to add you "
            + "if you need it.";

    private static final Logger LOG = Logs.logger(SlackAdminCommandRoutes.class);

    private final AdminCommandAnswers answers;
    private final Set<String> adminIds;

    /**
     * @param answers  runs the commands
     * @param adminIds Slack user ids allowed to run them
     */
    public SlackAdminCommandRoutes(AdminCommandAnswers answers, Set<String> adminIds) {
        this.answers = answers;
        this.adminIds = Set.copyOf(adminIds);
    }

    /** @param app the Bolt app serving the Slack endpoints */
    public void register(App app) {
        app.command(COMMAND, (request, ctx) -> {
            String text = reply(request.getPayload());
            return ctx.ack(r -> r.responseType("ephemeral").text(text));
        });
    }

    /**
     * @param payload the slash command
     * @return the ephemeral answer for its user
     */
    String reply(SlashCommandPayload payload) {
        String user = payload.getUserId();
        if (user == null || !adminIds.contains(user)) {
            LOG.warning(() -> "Slack user " + user + " of team " + payload.getTeamId() + " is not an admin: " + COMMAND
                    + " refused");
            return REFUSAL;
        }
        AdminCommand command = AdminCommand.parse(payload.getText());
        String actor = "slack:" + payload.getTeamId() + ":" + user;
        LOG.info(() -> COMMAND + " " + command.verb() + (command.pluginId() == null ? "" : " " + command.pluginId())
                + " by " + actor);
        try {
            return answers.answer(command, actor);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, COMMAND + " " + command.verb() + " by " + actor + " failed", e);
            return "Sorry, that did not work: the server could not complete the command. Nothing was changed unless "
                    + "the audit log says so; please try again or use the admin console.";
        }
    }
}
