/**
 * Upgrade compatibility with real processes (RELIABILITY case 16): a database as the previous release left it
 * (migrated to that release's schema version, filled from a fixture of rows that release wrote; see
 * {@code src/test/resources/compat/README.md}) is taken over by the current release's Liberty server, which
 * migrates it at startup. The tests read the old rows back, directly and through the admin API, and continue an old
 * conversation. Nothing here knows about channels beyond what a customer sends: signed Slack events in, replies at
 * the Slack Web API stand-in out.
 */
package org.switchboard.server.compat;
