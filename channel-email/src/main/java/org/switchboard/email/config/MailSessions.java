package org.switchboard.email.config;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * Builds explicit Jakarta Mail {@link Session}s from {@link EmailSettings} (never {@code Session.getDefaultInstance},
 * which is shared JVM-wide). Property names are Angus Mail's ({@code org.eclipse.angus.mail.imap} and
 * {@code org.eclipse.angus.mail.smtp} package documentation).
 *
 * <p>TLS: with {@link TlsMode#SSL} the {@code imaps}/{@code smtps} protocols are used; with {@link TlsMode#STARTTLS}
 * the upgrade is enabled and required; server identity is checked (RFC 6125) unless {@code MAIL_TLS_TRUST} names
 * the host. IMAP bodies are fetched with {@code BODY.PEEK} ({@code mail.imap.peek}), so reading a message never
 * sets \Seen: the poller sets it only after the message is stored.
 */
public final class MailSessions {

    /** Bytes per IMAP partial fetch ({@code mail.imap.fetchsize}), 1 MiB. */
    static final int IMAP_FETCH_SIZE = 1024 * 1024;

    private MailSessions() {
    }

    /** @param settings the configuration @return the IMAP store protocol name: {@code imaps} or {@code imap} */
    public static String imapProtocol(EmailSettings settings) {
        return settings.imapTls() == TlsMode.SSL ? "imaps" : "imap";
    }

    /** @param settings the configuration @return the SMTP transport protocol name: {@code smtps} or {@code smtp} */
    public static String smtpProtocol(EmailSettings settings) {
        return settings.smtpTls() == TlsMode.SSL ? "smtps" : "smtp";
    }

    /**
     * @param settings the configuration; {@link EmailSettings#imapHost()} must be present
     * @return a new session for the mailbox
     */
    public static Session imap(EmailSettings settings) {
        String p = "mail." + imapProtocol(settings) + ".";
        Properties props = new Properties();
        props.setProperty("mail.store.protocol", imapProtocol(settings));
        props.setProperty(p + "host", settings.imapHost().orElseThrow());
        props.setProperty(p + "port", Integer.toString(settings.imapPort()));
        settings.user().ifPresent(u -> props.setProperty(p + "user", u));
        timeouts(props, p, settings);
        tls(props, p, settings.imapTls(), settings);
        props.setProperty(p + "peek", "true");
        props.setProperty(p + "partialfetch", "true");
        // Bodies are fetched in pieces of this size (Angus' default is 16 KiB): a 20 MiB message took 1,300 round
        // trips and two minutes against GreenMail, which serializes the whole message for every piece.
        props.setProperty(p + "fetchsize", Integer.toString(IMAP_FETCH_SIZE));
        return Session.getInstance(props);
    }

    /**
     * @param settings the configuration; {@link EmailSettings#smtpHost()} must be present
     * @return a new session for sending; the envelope sender is the support address so bounces come back to the
     *         mailbox (where they mark the recipient undeliverable)
     */
    public static Session smtp(EmailSettings settings) {
        String p = "mail." + smtpProtocol(settings) + ".";
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", smtpProtocol(settings));
        props.setProperty(p + "host", settings.smtpHost().orElseThrow());
        props.setProperty(p + "port", Integer.toString(settings.smtpPort()));
        props.setProperty(p + "auth", Boolean.toString(settings.smtpAuth()));
        settings.smtpUser().ifPresent(u -> props.setProperty(p + "user", u));
        settings.supportAddress().ifPresent(a -> props.setProperty(p + "from", a));
        timeouts(props, p, settings);
        tls(props, p, settings.smtpTls(), settings);
        return Session.getInstance(props);
    }

    /**
     * A session for parsing stored or polled messages: no server, lenient address parsing (real mail has broken
     * headers), RFC 2231 parameters and encoded file names decoded. Header bytes are read as ISO-8859-1 (byte for
     * byte); the parser then reads 8-bit header text as UTF-8 (RFC 6532) when it is valid UTF-8, else as
     * windows-1252.
     *
     * @return a new parsing session
     */
    public static Session parsing() {
        Properties props = new Properties();
        props.setProperty("mail.mime.address.strict", "false");
        props.setProperty("mail.mime.decodefilename", "true");
        props.setProperty("mail.mime.decodeparameters", "true");
        props.setProperty("mail.mime.multipart.allowempty", "true");
        return Session.getInstance(props);
    }

    private static void timeouts(Properties props, String p, EmailSettings settings) {
        String ms = Long.toString(settings.timeout().toMillis());
        props.setProperty(p + "connectiontimeout", ms);
        props.setProperty(p + "timeout", ms);
        props.setProperty(p + "writetimeout", ms);
    }

    private static void tls(Properties props, String p, TlsMode mode, EmailSettings settings) {
        if (mode == TlsMode.STARTTLS) {
            props.setProperty(p + "starttls.enable", "true");
            props.setProperty(p + "starttls.required", "true");
        }
        if (mode != TlsMode.NONE) {
            props.setProperty(p + "ssl.checkserveridentity", "true");
            settings.tlsTrust().ifPresent(t -> props.setProperty(p + "ssl.trust", t));
        }
    }
}
