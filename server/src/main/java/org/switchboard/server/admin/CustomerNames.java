package org.switchboard.server.admin;

/**
 * The name the console shows for a customer, from what the channel gave when the customer first wrote: the
 * identity's display name (Teams {@code from.name}, the email From display name), else the customer's, else the
 * channel's own id made readable: the email address, the Slack user id ({@code U0123} from {@code T0001:U0123}, the part after the first colon;
 * Slack's users.info is not called, so Slack gives no name), the Teams user id.
 */
public final class CustomerNames {

    /** Longest name returned, in characters. */
    static final int MAX_CHARS = 120;

    private CustomerNames() {
    }

    /**
     * @param channel      the identity's channel (SLACK, TEAMS, EMAIL), may be null
     * @param identityName the identity's display name, may be null or blank
     * @param customerName the customer's display name, may be null or blank
     * @param externalId   the identity's id in the channel ({@code team:user}, {@code tenant:user}, an address), may
     *                     be null
     * @return the name to show, one line, at most {@value #MAX_CHARS} characters; null when all inputs are empty
     */
    public static String display(String channel, String identityName, String customerName, String externalId) {
        String name = firstNonBlank(identityName, customerName);
        if (name == null && externalId != null && !externalId.isBlank()) {
            int colon = externalId.indexOf(':');
            boolean prefixed = ("SLACK".equals(channel) || "TEAMS".equals(channel)) && colon >= 0
                    && colon < externalId.length() - 1;
            name = prefixed ? externalId.substring(colon + 1) : externalId;
        }
        return name == null ? null : MessagePreview.oneLine(name, MAX_CHARS);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
