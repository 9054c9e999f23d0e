/**
 * The email replay command: a local SMTP/IMAP server (GreenMail) holding the bot's support mailbox, into which
 * real {@code .eml} files are delivered; the bot polls the mailbox and answers over SMTP, and the command prints
 * each automatic reply next to the message it answers. A developer tool, not deployed.
 */
package org.switchboard.bench.emailreplay;
