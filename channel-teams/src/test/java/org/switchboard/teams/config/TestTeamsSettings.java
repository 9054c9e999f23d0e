package org.switchboard.teams.config;

import java.util.Optional;

/** Builds {@link TeamsSettings} without MicroProfile Config, for unit tests in other packages. */
public final class TestTeamsSettings {

    private TestTeamsSettings() {
    }

    /**
     * @param appId        MICROSOFT_APP_ID, or null
     * @param password     MICROSOFT_APP_PASSWORD, or null
     * @param tokenUrl     MICROSOFT_TOKEN_URL, or null
     * @param authDisabled TEAMS_AUTH_DISABLED
     * @param approvers    TEAMS_APPROVERS, or null
     * @return the settings
     */
    public static TeamsSettings of(String appId, String password, String tokenUrl, boolean authDisabled, String approvers) {
        TeamsSettings s = new TeamsSettings();
        s.appId = Optional.ofNullable(appId);
        s.appPassword = Optional.ofNullable(password);
        s.tenantId = Optional.empty();
        s.tokenUrl = Optional.ofNullable(tokenUrl);
        s.authDisabled = authDisabled;
        s.approvers = Optional.ofNullable(approvers);
        s.approverTenants = Optional.empty();
        s.approverConversationId = Optional.empty();
        s.approverServiceUrl = Optional.empty();
        s.serviceUrlAllowList = "http://127.0.0.1";
        return s;
    }
}
