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

/**
 * Validates the one admin account configured with MicroProfile Config: {@value #USER_PROPERTY} (environment
 * variable {@code ADMIN_USER}, default {@code admin}) and {@value #PASSWORD_PROPERTY} ({@code ADMIN_PASSWORD},
 * no default). User name and password are compared in constant time (SHA-256 digests compared with
 * {@link MessageDigest#isEqual}, so neither content nor length leaks through timing). Without a password every
 * attempt is invalid.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    /** The role (and group) the admin API requires. */
    public static final String ADMIN_ROLE = "admin";
    /** Config property of the admin's user name. */
    public static final String USER_PROPERTY = "admin.user";
    /** Config property of the admin's password. */
    public static final String PASSWORD_PROPERTY = "admin.password";

    private byte[] userDigest;
    private byte[] passwordDigest;
    private String user;

    /** For CDI's client proxy. */
    protected AdminIdentityStore() {
    }

    /**
     * @param user     the admin's user name
     * @param password the admin's password; empty or blank disables the account
     */
    @Inject
    public AdminIdentityStore(@ConfigProperty(name = USER_PROPERTY, defaultValue = "admin") String user,
                              @ConfigProperty(name = PASSWORD_PROPERTY) Optional<String> password) {
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
     * @return VALID with group {@value #ADMIN_ROLE} for the configured admin, INVALID for anyone else (or
     *         everyone when no password is configured), NOT_VALIDATED for other credential types
     */
    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        byte[] expectedPassword = passwordDigest;
        if (expectedPassword == null) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        boolean userMatches = MessageDigest.isEqual(userDigest, digest(login.getCaller()));
        boolean passwordMatches = MessageDigest.isEqual(expectedPassword, digest(login.getPasswordAsString()));
        if (userMatches & passwordMatches) {
            return new CredentialValidationResult(user, Set.of(ADMIN_ROLE));
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
