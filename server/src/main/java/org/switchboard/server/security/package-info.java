/**
 * Who may use the admin API: Jakarta Security with HTTP Basic
 * ({@link org.switchboard.server.security.AdminBasicAuthenticationMechanism}, which leaves other schemes such as the
 * Bot Framework's bearer tokens on {@code /api/messages} alone) and an identity store
 * ({@link org.switchboard.server.security.AdminIdentityStore}) that checks the admin account from MicroProfile Config
 * ({@code ADMIN_USER} / {@code ADMIN_PASSWORD}) in constant time and the named support agents of
 * {@code /api/admin/people} against their PBKDF2 hashes ({@link org.switchboard.server.security.PasswordHashing}).
 * Without {@code ADMIN_PASSWORD} and without support agents nobody is authenticated (fail closed).
 * {@code /api/admin/*} requires the role {@value org.switchboard.server.security.AdminIdentityStore#ADMIN_ROLE};
 * {@code /api/admin/conversations/*} and {@code /api/admin/people/me} also admit
 * {@value org.switchboard.server.security.AdminIdentityStore#SUPPORT_AGENT_ROLE} (WEB-INF/web.xml);
 * {@code /slack/events}, {@code /api/messages}, {@code /health} and {@code /openapi} stay open (they have their own
 * checks or none). Passwords are never logged or stored.
 *
 * <p>Failed sign-ins are throttled per client and per account
 * ({@link org.switchboard.server.security.AdminSignInThrottle}) and audited; with {@code SWITCHBOARD_ADMIN_PORT} the
 * admin paths answer only on that port ({@link org.switchboard.server.security.AdminPortPolicy}).
 */
package org.switchboard.server.security;
