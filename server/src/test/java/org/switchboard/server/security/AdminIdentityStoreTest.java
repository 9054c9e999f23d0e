package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdminIdentityStoreTest {

    private final AdminIdentityStore store = new AdminIdentityStore("ops", Optional.of("correct horse"));

    @Test
    void theConfiguredAdminIsValidWithTheAdminGroup() {
        CredentialValidationResult result = store.validate(new UsernamePasswordCredential("ops", "correct horse"));

        assertThat(result.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(result.getCallerPrincipal().getName()).isEqualTo("ops");
        assertThat(result.getCallerGroups()).containsExactly(AdminIdentityStore.ADMIN_ROLE);
    }

    @Test
    void aWrongPasswordOrUserIsInvalid() {
        assertThat(store.validate(new UsernamePasswordCredential("ops", "correct horsE")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("ops", "")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("admin", "correct horse")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
    }

    @Test
    void withoutAPasswordEveryoneIsRefused() {
        for (Optional<String> password : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            AdminIdentityStore unset = new AdminIdentityStore("admin", password);

            assertThat(unset.configured()).isFalse();
            assertThat(unset.validate(new UsernamePasswordCredential("admin", "")).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
            assertThat(unset.validate(new UsernamePasswordCredential("admin", "  ")).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
    }

    @Test
    void otherCredentialTypesAreLeftToOtherStores() {
        Credential token = new Credential() {
        };

        assertThat(store.validate(token).getStatus()).isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }
}
