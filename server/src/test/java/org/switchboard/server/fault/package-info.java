/**
 * Fault injection with real processes (issue 7, RELIABILITY case 12): the product's own Liberty server
 * definition ({@code server.xml}, the WAR) started as an operating-system process on a MariaDB of its own, killed with
 * SIGKILL under a stream of signed Slack events, and its database stopped and started again under load; and two copies
 * of that definition run on one database, sharing the inbox (RELIABILITY case 13); and storms of 503s, 429s and late
 * answers from the Slack Web API and the Teams Bot Connector stand-ins, and of 4xx refusals and late answers from a
 * fault-injecting SMTP server ({@link org.switchboard.server.fault.SmtpStormsIT}, the support mailbox on GreenMail's
 * IMAP). Every run checks, at the stand-in (the customer's view) and in the database, that each message got exactly
 * one reply and that nothing is left pending. Where the outcome of a post cannot be known (a Teams post, or an SMTP
 * transaction after its data, answered only after the bot's timeout) the check is at least one copy, at most one
 * extra per such post.
 */
package org.switchboard.server.fault;
