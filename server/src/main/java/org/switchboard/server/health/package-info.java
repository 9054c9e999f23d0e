/**
 * MicroProfile Health checks: liveness ({@code /health/live}) and readiness ({@code /health/ready}, which needs
 * a working database connection and a migrated schema).
 */
package org.switchboard.server.health;
