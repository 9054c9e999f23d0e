package org.switchboard.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.people.SupportAgent;
import org.switchboard.core.people.SupportAgentSpec;
import org.switchboard.core.people.SupportAgents;
import org.switchboard.core.people.SupportRole;
import org.junit.jupiter.api.Test;

class AdminIdentityStoreTest {

    private final AdminIdentityStore store = store("ops", Optional.of("correct horse"));

    /** A support agent "dana" whose password is "dana's long password" (the hash check is the container's). */
    private static AdminIdentityStore store(String user, Optional<String> password) {
        SupportAgent dana = new SupportAgent(new SupportAgentSpec("dana", "Dana Agent", SupportRole.AGENT,
                List.of("U0DANA"), List.of(), List.of()), Instant.EPOCH);
        dana.setPasswordHash("hash-of-danas-password", Instant.EPOCH);
        SupportAgents people = new SupportAgents() {
            @Override
            public Optional<SupportAgent> find(String userName) {
                return "dana".equals(userName) ? Optional.of(dana) : Optional.empty();
            }
        };
        PasswordHashing passwords = new PasswordHashing() {
            @Override
            public boolean verify(String typed, String stored) {
                return "hash-of-danas-password".equals(stored) && "dana's long password".equals(typed);
            }
        };
        return new AdminIdentityStore(user, password, people, passwords);
    }

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
            AdminIdentityStore unset = store("admin", password);

            assertThat(unset.configured()).isFalse();
            assertThat(unset.validate(new UsernamePasswordCredential("admin", "")).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
            assertThat(unset.validate(new UsernamePasswordCredential("admin", "  ")).getStatus())
                    .isEqualTo(CredentialValidationResult.Status.INVALID);
        }
    }

    @Test
    void aSupportAgentWithTheRightPasswordGetsTheGroupOfTheirRoleAndNobodyElseDoes() {
        CredentialValidationResult dana = store.validate(new UsernamePasswordCredential("dana", "dana's long password"));

        assertThat(dana.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(dana.getCallerPrincipal().getName()).isEqualTo("dana");
        assertThat(dana.getCallerGroups()).containsExactly(AdminIdentityStore.SUPPORT_AGENT_ROLE);
        assertThat(store.validate(new UsernamePasswordCredential("dana", "correct horse")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store.validate(new UsernamePasswordCredential("ops", "dana's long password")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.INVALID);
        assertThat(store("admin", Optional.empty()).validate(
                new UsernamePasswordCredential("dana", "dana's long password")).getStatus())
                .as("support agents sign in without ADMIN_PASSWORD").isEqualTo(CredentialValidationResult.Status.VALID);
    }

    @Test
    void otherCredentialTypesAreLeftToOtherStores() {
        Credential token = new Credential() {
        };

        assertThat(store.validate(token).getStatus()).isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }
}
