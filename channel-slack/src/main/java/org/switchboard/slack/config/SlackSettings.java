package org.switchboard.slack.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Slack app's configuration. Property names follow MicroProfile Config's environment-variable mapping:
 * {@code slack.signing.secret} is set with {@code SLACK_SIGNING_SECRET}, and so on.
 */
@ApplicationScoped
public class SlackSettings {

    @Inject
    @ConfigProperty(name = "slack.signing.secret")
    Optional<String> signingSecret;

    @Inject
    @ConfigProperty(name = "slack.bot.token")
    Optional<String> botToken;

    @Inject
    @ConfigProperty(name = "slack.api.url", defaultValue = "https://slack.com/api/")
    String apiUrl;

    @Inject
    @ConfigProperty(name = "slack.bot.user.id")
    Optional<String> botUserId;

    @Inject
    @ConfigProperty(name = "slack.max.body.bytes", defaultValue = "1048576")
    int maxBodyBytes;

    @Inject
    @ConfigProperty(name = "slack.channel.messages-per-second", defaultValue = "1")
    int channelMessagesPerSecond;

    @Inject
    @ConfigProperty(name = "slack.channel.burst", defaultValue = "3")
    int channelBurst;

    @Inject
    @ConfigProperty(name = "slack.approver.channel")
    Optional<String> approverChannel;

    @Inject
    @ConfigProperty(name = "slack.approver.ids")
    Optional<String> approverIds;

    @Inject
    @ConfigProperty(name = "slack.admin.ids")
    Optional<String> adminIds;

    /** @return the signing secret for request signing v0, if configured (non-blank) */
    public Optional<String> signingSecret() {
        return signingSecret.filter(s -> !s.isBlank());
    }

    /** @return the bot token ({@code xoxb-...}) for the Web API, if configured (non-blank) */
    public Optional<String> botToken() {
        return botToken.filter(s -> !s.isBlank());
    }

    /** @return the Web API base URL, ending with {@code /} (default {@code https://slack.com/api/}) */
    public String apiUrl() {
        return apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    }

    /** @return the bot's own user id ({@code U...}), if configured; otherwise taken from each event's authorizations */
    public Optional<String> botUserId() {
        return botUserId.filter(s -> !s.isBlank());
    }

    /**
     * @return replies posted per second into one channel at most, after a burst ({@code SLACK_CHANNEL_MESSAGES_PER_SECOND},
     *         default 1, Slack's documented rate for {@code chat.postMessage} per channel); at least 1
     */
    public int channelMessagesPerSecond() {
        return Math.max(1, channelMessagesPerSecond);
    }

    /** @return replies posted into one channel at once before pacing starts ({@code SLACK_CHANNEL_BURST}, default 3); at least 1 */
    public int channelBurst() {
        return Math.max(1, channelBurst);
    }

    /** @return the largest request body accepted on {@code /slack/events}, in bytes (default 1 MiB) */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * @return the channel id ({@code C...}) approvers are notified in ({@code SLACK_APPROVER_CHANNEL}), if
     *         configured (non-blank); without it no approval message is posted to Slack
     */
    public Optional<String> approverChannel() {
        return approverChannel == null ? Optional.empty() : approverChannel.map(String::strip).filter(s -> !s.isBlank());
    }

    /**
     * @return the Slack user ids ({@code U...}/{@code W...}) allowed to decide approvals from Slack
     *         ({@code SLACK_APPROVER_IDS}, comma-separated, blanks ignored); empty when unset: then nobody can
     *         decide from Slack
     */
    public Set<String> approverIds() {
        return idList(approverIds);
    }

    /**
     * @return the Slack user ids allowed to run the admin slash command {@code /switchboard}
     *         ({@code SLACK_ADMIN_IDS}, comma-separated, blanks ignored); empty when unset: then everyone is refused
     */
    public Set<String> adminIds() {
        return idList(adminIds);
    }

    private static Set<String> idList(Optional<String> configured) {
        if (configured == null || configured.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(configured.get().split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
