/**
 * Email channel configuration: {@link org.switchboard.email.config.EmailSettings} read with MicroProfile Config
 * from {@code MAIL_*} environment variables ({@code MAIL_IMAP_HOST}, {@code MAIL_IMAP_PORT}, {@code MAIL_USER},
 * {@code MAIL_PASSWORD}, {@code MAIL_SMTP_HOST}, ...), and {@link org.switchboard.email.config.MailSessions}, which
 * turns them into explicit Jakarta Mail sessions (never the JVM-wide default session). Passwords are held here and
 * never logged. No mailbox, database or core pipeline code here.
 */
package org.switchboard.email.config;
