/**
 * The admin REST API under {@code /api/admin} (Jakarta REST, documented by MicroProfile OpenAPI at
 * {@code /openapi}): plugins (state, errors, enable/disable, configuration), which agent may use which tool,
 * conversations with their transcripts, tickets (both lists naming the customer and previewing the last message),
 * what became of each inbound message ({@code /inbox}: answered, escalated, declined, suppressed with the reason)
 * and the audit log. Every resource requires the
 * {@code admin} role (see {@code org.switchboard.server.security}).
 *
 * <p>Resources are thin adapters: they parse and check the request, call
 * {@link org.switchboard.core.plugin.PluginAdministration} (changes, audited) or {@link org.switchboard.server.admin.AdminQueries}
 * (read-only SQL), and map results to JSON. Secrets are never returned; errors are JSON
 * ({@link org.switchboard.server.admin.ErrorBody}). The console's static files under {@code /admin} are sent with
 * browser security headers ({@link org.switchboard.server.admin.ConsoleSecurityHeaders}).
 */
package org.switchboard.server.admin;
