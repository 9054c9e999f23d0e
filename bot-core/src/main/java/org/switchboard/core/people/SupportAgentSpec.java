package org.switchboard.core.people;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.switchboard.core.channel.Channel;

/**
 * What an admin says about a support agent, checked: the constructor refuses anything a channel could not
 * authenticate or the console could not show.
 *
 * @param userName          the console sign-in, 1 to 100 of {@code A-Z a-z 0-9 . _ @ -}
 * @param displayName       the name customers and colleagues see, 1 to 200 characters, one line
 * @param role              admin or agent
 * @param slackUserIds      Slack user ids ({@code U} or {@code W} and 2 to 30 upper-case letters or digits), as Slack
 *                          sends them in {@code event.user}
 * @param teamsAadObjectIds Teams users' Entra (AAD) object ids ({@code from.aadObjectId}), 1 to 100 of
 *                          {@code A-Z a-z 0-9 -}
 * @param emailAddresses    email addresses ({@code local@domain}, up to 254 characters), stored in lower case
 */
public record SupportAgentSpec(String userName, String displayName, SupportRole role, List<String> slackUserIds,
                               List<String> teamsAadObjectIds, List<String> emailAddresses) {

    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final Pattern SLACK_USER = Pattern.compile("[UW][A-Z0-9]{2,30}");
    private static final Pattern AAD_OBJECT_ID = Pattern.compile("[A-Za-z0-9-]{1,100}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"]{1,64}@[A-Za-z0-9.-]{1,189}");

    /**
     * @throws IllegalArgumentException naming the first field that is missing or not of its shape
     */
    public SupportAgentSpec {
        if (userName == null || !USER_NAME.matcher(userName).matches()) {
            throw new IllegalArgumentException("userName must be 1 to 100 of A-Z a-z 0-9 . _ @ -");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 200
                || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("displayName must be 1 to 200 characters on one line");
        }
        displayName = displayName.strip();
        if (role == null) {
            throw new IllegalArgumentException("role must be 'admin' or 'agent'");
        }
        slackUserIds = checked("slackUserIds", slackUserIds, SLACK_USER, false);
        teamsAadObjectIds = checked("teamsAadObjectIds", teamsAadObjectIds, AAD_OBJECT_ID, true);
        emailAddresses = checked("emailAddresses", emailAddresses, EMAIL, true);
    }

    /** @return every channel id of this person, as stored */
    public Set<SupportAgentIdentity> identities() {
        Set<SupportAgentIdentity> all = new LinkedHashSet<>();
        slackUserIds.forEach(id -> all.add(new SupportAgentIdentity(Channel.SLACK, id)));
        teamsAadObjectIds.forEach(id -> all.add(new SupportAgentIdentity(Channel.TEAMS, id)));
        emailAddresses.forEach(id -> all.add(new SupportAgentIdentity(Channel.EMAIL, id)));
        return all;
    }

    private static List<String> checked(String field, List<String> values, Pattern shape, boolean lowerCase) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (!shape.matcher(v).matches()) {
                throw new IllegalArgumentException(field + " holds a value that is not of its shape");
            }
            v = lowerCase ? v.toLowerCase(Locale.ROOT) : v;
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }
}
