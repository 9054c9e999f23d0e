package org.switchboard.server.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Test-only identity store (added to the WAR under test by {@link AdminRoleIT}): one account that authenticates
 * correctly but is only in the group {@value #GROUP}, not {@code admin}, as a support agent's account from a company
 * directory would be. Jakarta Security asks every identity store; this one answers only for its own user, so the
 * admin account keeps working.
 */
@ApplicationScoped
public class ItAgentIdentityStore implements IdentityStore {

    /** The account's user name. */
    public static final String USER = "it-agent";
    /** Its password (also checked for in the server logs by {@link SecretsNeverLoggedIT}). */
    public static final String PASSWORD = "it-agent-password-not-a-real-one";
    /** Its only group. */
    public static final String GROUP = "agent";

    /**
     * @param credential the caller's credential
     * @return VALID with group {@value #GROUP} for this account, INVALID for its user with another password,
     *         NOT_VALIDATED for anyone else (left to the other stores)
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (credential instanceof UsernamePasswordCredential login && USER.equals(login.getCaller())) {
            return PASSWORD.equals(login.getPasswordAsString())
                    ? new CredentialValidationResult(USER, Set.of(GROUP)) : CredentialValidationResult.INVALID_RESULT;
        }
        return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
}
