package org.switchboard.teams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 19: approvers pinned to the configured tenant(s); start-up warnings about insecure settings. */
class TeamsSecuritySettingsTest {

    @Test
    void theAppsOwnTenantUnlessTenantsAreListedAndNoneWhenNeitherIsSet() {
        TeamsSettings settings = TestTeamsSettings.of("app", null, null, false, "approver");
        assertThat(settings.approverTenants()).as("nothing configured: no card action decides").isEmpty();
        settings.tenantId = Optional.of(" 56653e9d-2158-46ee-90d7-675c39642038 ");
        assertThat(settings.approverTenants()).containsExactly("56653e9d-2158-46ee-90d7-675c39642038");
        settings.approverTenants = Optional.of("tenant-a, tenant-b,,");
        assertThat(settings.approverTenants()).containsExactlyInAnyOrder("tenant-a", "tenant-b");
        settings.approverTenants = Optional.of(" ");
        assertThat(settings.approverTenants()).containsExactly("56653e9d-2158-46ee-90d7-675c39642038");
    }

    @Test
    void plainHttpEndpointsAndApproversWithoutATenantAreWarnedAboutAtStartUp() {
        TeamsSettings settings = TestTeamsSettings.of("app", null, "http://127.0.0.1:9940/token", false, "approver");
        settings.openIdMetadataUrl = "http://127.0.0.1:9940/.well-known/openidconfiguration";
        assertThat(settings.insecureSettings()).hasSize(4).anySatisfy(w -> assertThat(w)
                        .startsWith("MICROSOFT_OPENID_METADATA_URL is plain http"))
                .anySatisfy(w -> assertThat(w).startsWith("MICROSOFT_TOKEN_URL is plain http"))
                .anySatisfy(w -> assertThat(w).startsWith("TEAMS_SERVICE_URL_ALLOWLIST admits a plain http"))
                .anySatisfy(w -> assertThat(w).startsWith("TEAMS_APPROVERS is set but"));
        TeamsSettings safe = TestTeamsSettings.of("app", null, null, false, null);
        safe.serviceUrlAllowList = ServiceUrlAllowList.DEFAULT;
        assertThat(safe.insecureSettings()).isEmpty();
    }
}
