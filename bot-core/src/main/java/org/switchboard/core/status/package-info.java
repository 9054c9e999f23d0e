/**
 * The bot's operating status at a glance (work waiting in the inbox and outbox, conversations waiting for a person,
 * pending approvals), for admin surfaces such as the Slack {@code /switchboard status} command.
 */
package org.switchboard.core.status;
