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
 */
package org.switchboard.server.security;
