package org.switchboard.slack.commands;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.switchboard.core.approval.ApprovalRequest;
import org.switchboard.core.approval.ApprovalService;
import org.switchboard.core.approval.ApprovalStatus;
import org.switchboard.core.plugin.PluginAdministration;
import org.switchboard.core.plugin.PluginView;
import org.switchboard.core.plugin.UnknownPluginException;
import org.switchboard.core.status.BotStatus;
import org.switchboard.core.status.BotStatusQueries;
import org.switchboard.slack.events.SlackText;

/**
 * Runs an {@link AdminCommand} for an admin and words the answer as Slack mrkdwn. Plugin changes go through
 * {@link PluginAdministration}, so they are applied without a restart and audited exactly like the console's, with
 * the Slack user as the actor ({@code slack:<team>:<user>}).
 */
@ApplicationScoped
public class AdminCommandAnswers {

    /** Most approval requests listed in one answer. */
    static final int MAX_APPROVALS = 10;

    static final String HELP = "*/switchboard* commands:\n"
            + "• `status`: messages waiting, replies waiting, conversations waiting for a person, pending approvals\n"
            + "• `plugins`: tool plugins and their state\n"
            + "• `plugin enable ID` / `plugin disable ID`: turn a plugin on or off (audited)\n"
            + "• `approvals`: tool calls waiting for a decision";

    @Inject
    PluginAdministration plugins;

    @Inject
    ApprovalService approvals;

    @Inject
    BotStatusQueries status;

    /**
     * @param command the parsed command
     * @param actor   who runs it, as audited ({@code slack:<team>:<user>})
     * @return the answer, Slack mrkdwn
     */
    public String answer(AdminCommand command, String actor) {
        return switch (command.verb()) {
            case PLUGINS -> plugins(plugins.plugins());
            case ENABLE_PLUGIN -> setEnabled(command.pluginId(), true, actor);
            case DISABLE_PLUGIN -> setEnabled(command.pluginId(), false, actor);
            case APPROVALS -> approvals(approvals.list(MAX_APPROVALS), approvals.now());
            case STATUS -> status(status.status());
            case HELP -> command.problem() == null ? HELP : "Sorry, " + SlackText.escape(command.problem()) + ".\n\n" + HELP;
        };
    }

    private String setEnabled(String pluginId, boolean enabled, String actor) {
        try {
            PluginView plugin = plugins.setEnabled(pluginId, enabled, actor);
            return "Plugin `" + plugin.id() + "` is now " + (plugin.enabled() ? "enabled" : "disabled") + " (state "
                    + plugin.state() + ")" + (plugin.lastError() == null ? "." : ": " + SlackText.escape(plugin.lastError()));
        } catch (UnknownPluginException e) {
            return "There is no plugin `" + SlackText.escape(pluginId) + "`. `/switchboard plugins` lists them.";
        }
    }

    static String plugins(List<PluginView> views) {
        if (views.isEmpty()) {
            return "No tool plugins are installed.";
        }
        return "*Tool plugins*\n" + views.stream().map(p -> "• `" + p.id() + "` " + p.version() + ": "
                + (p.enabled() ? "enabled" : "disabled") + ", " + p.state()
                + (p.lastError() == null ? "" : " (" + SlackText.escape(p.lastError()) + ")"))
                .collect(Collectors.joining("\n"));
    }

    static String approvals(List<ApprovalRequest> requests, Instant now) {
        List<ApprovalRequest> pending = requests.stream()
                .filter(r -> r.effectiveStatus(now) == ApprovalStatus.PENDING).toList();
        if (pending.isEmpty()) {
            return "No approval requests are waiting.";
        }
        return "*Waiting for a decision*\n" + pending.stream().map(r -> "• #" + r.getId() + " `" + r.getToolName() + "` "
                + SlackText.escape(r.getArguments().toString()) + ", customer " + r.getCustomerId() + ", waiting "
                + Duration.between(r.getRequestedAt(), now).toMinutes() + " min")
                .collect(Collectors.joining("\n")) + "\nDecide in the approvers' channel or the admin console.";
    }

    static String status(BotStatus s) {
        return "*Switchboard status*\n"
                + "• Messages waiting to be processed: " + s.inboxPending() + "\n"
                + "• Replies waiting to be delivered: " + s.outboxPending() + " (given up: " + s.outboxFailed() + ")\n"
                + "• Conversations waiting for a person: " + s.waitingForHuman() + "\n"
                + "• Approval requests waiting: " + s.pendingApprovals() + "\n"
                + "• Conversations active today: " + s.conversationsToday();
    }
}
