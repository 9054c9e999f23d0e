package org.switchboard.slack.approval;

/** Public access to {@link ApprovalFixtures#clickForm} for the servlet tests in the events package. */
public final class ApprovalTestPayloads {

    private ApprovalTestPayloads() {
    }

    /**
     * @param user     the clicking user
     * @param channel  the channel of the clicked message
     * @param actionId the button's action_id
     * @param value    the button's value
     * @return the {@code block_actions} form body as Slack posts it
     */
    public static String click(String user, String channel, String actionId, String value) {
        return ApprovalFixtures.clickForm(user, channel, actionId, value);
    }
}
