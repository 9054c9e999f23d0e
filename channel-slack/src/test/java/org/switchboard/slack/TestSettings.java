package org.switchboard.slack;

import java.lang.reflect.Field;
import java.util.Optional;
import org.switchboard.slack.config.SlackSettings;

/**
 * {@link SlackSettings} as MicroProfile Config would inject them. Its fields are package-private and the tests live
 * in other packages, so they are set with reflection.
 */
public final class TestSettings {

    private TestSettings() {
    }

    /**
     * @param signingSecret {@code SLACK_SIGNING_SECRET}, or null
     * @param botToken      {@code SLACK_BOT_TOKEN}, or null
     * @param apiUrl        {@code SLACK_API_URL}
     * @param botUserId     {@code SLACK_BOT_USER_ID}, or null
     * @param maxBodyBytes  {@code SLACK_MAX_BODY_BYTES}
     * @return the settings
     */
    public static SlackSettings of(String signingSecret, String botToken, String apiUrl, String botUserId, int maxBodyBytes) {
        SlackSettings settings = new SlackSettings();
        set(settings, "signingSecret", Optional.ofNullable(signingSecret));
        set(settings, "botToken", Optional.ofNullable(botToken));
        set(settings, "apiUrl", apiUrl);
        set(settings, "botUserId", Optional.ofNullable(botUserId));
        set(settings, "maxBodyBytes", maxBodyBytes);
        return settings;
    }

    /**
     * @param base        settings made with {@link #of}
     * @param channel     {@code SLACK_APPROVER_CHANNEL}, or null
     * @param approverIds {@code SLACK_APPROVER_IDS}, or null
     * @return the same settings with the approver configuration set
     */
    public static SlackSettings withApprovers(SlackSettings base, String channel, String approverIds) {
        set(base, "approverChannel", Optional.ofNullable(channel));
        set(base, "approverIds", Optional.ofNullable(approverIds));
        return base;
    }

    /**
     * @param base      settings made with {@link #of}
     * @param perSecond {@code SLACK_CHANNEL_MESSAGES_PER_SECOND}
     * @param burst     {@code SLACK_CHANNEL_BURST}
     * @return the same settings with that pacing
     */
    public static SlackSettings withChannelPacing(SlackSettings base, int perSecond, int burst) {
        set(base, "channelMessagesPerSecond", perSecond);
        set(base, "channelBurst", burst);
        return base;
    }

    private static void set(SlackSettings settings, String field, Object value) {
        try {
            Field f = SlackSettings.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(settings, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("SlackSettings has no field " + field, e);
        }
    }
}
