package org.switchboard.teams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 19: approvers are pinned to the configured tenant(s). */
class ApproverTenantsTest {

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
}
