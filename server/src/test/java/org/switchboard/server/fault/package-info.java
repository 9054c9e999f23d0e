/**
 * Fault injection with real processes (issue 7, RELIABILITY case 12): the product's own Liberty server
 * definition ({@code server.xml}, the WAR) started as an operating-system process on a MariaDB of its own, killed with
 * SIGKILL under a stream of signed Slack events, and its database stopped and started again under load; and two copies
 * of that definition run on one database, sharing the inbox (RELIABILITY case 13). Every run checks, at the stand-in
 * (the customer's view) and in the database, that each message got exactly one reply and that nothing is left pending.
 * The email channel's replies meet SMTP storms the same way ({@link org.switchboard.server.fault.SmtpStormsIT}: 4xx
 * refusals and late answers from a fault-injecting SMTP server, with the support mailbox on GreenMail's IMAP).
 */
package org.switchboard.server.fault;
