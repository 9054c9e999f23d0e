/**
 * Test support for the email channel: the real emails of {@code test-fixtures/email} ({@code email.fixtures}), an embedded MariaDB with
 * the production migrations and transactional views of the JPA adapters, GreenMail servers and the settings that
 * point at them, small message builders, and recording fakes of the poller's sink and audit ports.
 */
package org.switchboard.email.support;
