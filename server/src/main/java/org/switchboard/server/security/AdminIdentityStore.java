package org.switchboard.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.switchboard.core.people.SupportAgent;
import org.switchboard.core.people.SupportAgents;

/**
 * Validates the admin API's accounts: the admin configured with MicroProfile Config, {@value #USER_PROPERTY}
 * (environment variable {@code ADMIN_USER}, default {@code admin}) and {@value #PASSWORD_PROPERTY}
 * ({@code ADMIN_PASSWORD}, no default), and the named support agents kept in the database
 * ({@link SupportAgents}, {@code /api/admin/people}). The configured admin's user name and password are compared in
 * constant time (SHA-256 digests compared with {@link MessageDigest#isEqual}, so neither content nor length leaks
 * through timing); without a password that account is disabled. A support agent's password is checked against its
 * PBKDF2 hash ({@link PasswordHashing}); an unknown user name costs the same hash check, so it is not told apart by
 * timing. A support agent gets the group of their role: {@value #ADMIN_ROLE} or {@value #SUPPORT_AGENT_ROLE}.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    /** The role (and group) the admin API requires. */
    public static final String ADMIN_ROLE = "admin";
    /** The role (and group) of support agents who may work on conversations only. */
    public static final String SUPPORT_AGENT_ROLE = "support-agent";
    /** Config property of the admin's user name. */
    public static final String USER_PROPERTY = "admin.user";
    /** Config property of the admin's password. */
    public static final String PASSWORD_PROPERTY = "admin.password";

    private byte[] userDigest;
    private byte[] passwordDigest;
    private String user;
    private SupportAgents people;
    private PasswordHashing passwords;

    /** For CDI's client proxy. */
    protected AdminIdentityStore() {
    }

    /**
     * @param user      the admin's user name
     * @param password  the admin's password; empty or blank disables the account
     * @param people    the named support agents
     * @param passwords checks their passwords
     */
    @Inject
    public AdminIdentityStore(@ConfigProperty(name = USER_PROPERTY, defaultValue = "admin") String user,
                              @ConfigProperty(name = PASSWORD_PROPERTY) Optional<String> password,
                              SupportAgents people, PasswordHashing passwords) {
        this.people = people;
        this.passwords = passwords;
        this.user = user;
        this.userDigest = digest(user);
        this.passwordDigest = password.filter(p -> !p.isBlank()).map(AdminIdentityStore::digest).orElse(null);
    }

    /** @return whether an admin password is configured (otherwise every login fails) */
    public boolean configured() {
        return passwordDigest != null;
    }

    /** @return the configured admin user name */
    public String user() {
        return user;
    }

    /**
     * @param credential the caller's credential
     * @return VALID with group {@value #ADMIN_ROLE} for the configured admin, VALID with their role's group for a
     *         support agent with the right password, INVALID for anyone else, NOT_VALIDATED for other credential
     *         types
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        byte[] expectedPassword = passwordDigest;
        boolean userMatches = MessageDigest.isEqual(userDigest, digest(login.getCaller()));
        if (userMatches) {
            boolean passwordMatches = expectedPassword != null
                    && MessageDigest.isEqual(expectedPassword, digest(login.getPasswordAsString()));
            return passwordMatches ? new CredentialValidationResult(user, Set.of(ADMIN_ROLE))
                    : CredentialValidationResult.INVALID_RESULT;
        }
        return supportAgent(login);
    }

    private CredentialValidationResult supportAgent(UsernamePasswordCredential login) {
        Optional<SupportAgent> person = people.find(login.getCaller());
        String hash = person.map(SupportAgent::getPasswordHash).orElse(null);
        if (passwords.verify(login.getPasswordAsString(), hash)) {
            return new CredentialValidationResult(person.get().getUserName(), Set.of(person.get().getRole().group()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    (text == null ? "" : text).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
