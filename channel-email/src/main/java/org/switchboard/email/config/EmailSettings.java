package org.switchboard.email.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The email channel's configuration, read once from MicroProfile Config (see {@link EmailSettingsProducer}).
 * Every property is set with the environment variable of the same name in upper case with dots as underscores
 * (MicroProfile Config's mapping): {@code mail.imap.host} is {@code MAIL_IMAP_HOST}, and so on. Immutable; the
 * passwords are never printed by {@link #toString()}.
 *
 * <p>Without {@code MAIL_IMAP_HOST} the mailbox poller stays off (the bot runs without a mailbox); without
 * {@code MAIL_SMTP_HOST} replies cannot be sent and are dead-lettered by the outbox.
 */
public final class EmailSettings {

    /** Property names (environment variables in brackets). */
    public static final String IMAP_HOST = "mail.imap.host";               // MAIL_IMAP_HOST
    /** IMAP port; default 993 with TLS mode ssl, else 143. */
    public static final String IMAP_PORT = "mail.imap.port";               // MAIL_IMAP_PORT
    /** IMAP TLS mode: ssl (default), starttls, none. */
    public static final String IMAP_TLS = "mail.imap.tls";                 // MAIL_IMAP_TLS
    /** Mailbox user name. */
    public static final String USER = "mail.user";                         // MAIL_USER
    /** Mailbox password. */
    public static final String PASSWORD = "mail.password";                 // MAIL_PASSWORD
    /** Folder to poll; default INBOX. */
    public static final String FOLDER = "mail.imap.folder";                // MAIL_IMAP_FOLDER
    /** Folder stored messages are moved to; unset: they are only flagged \Seen. */
    public static final String PROCESSED_FOLDER = "mail.imap.processed.folder"; // MAIL_IMAP_PROCESSED_FOLDER
    /** Use IMAP IDLE (RFC 2177) when the server supports it; default true. */
    public static final String IDLE = "mail.imap.idle";                    // MAIL_IMAP_IDLE
    /** Seconds between polls without IDLE, and the longest IDLE wait; default 60. */
    public static final String POLL_SECONDS = "mail.imap.poll.seconds";    // MAIL_IMAP_POLL_SECONDS
    /** SMTP server host. */
    public static final String SMTP_HOST = "mail.smtp.host";               // MAIL_SMTP_HOST
    /** SMTP port; default 587 with starttls, 465 with ssl, 25 with none. */
    public static final String SMTP_PORT = "mail.smtp.port";               // MAIL_SMTP_PORT
    /** SMTP TLS mode: starttls (default), ssl, none. */
    public static final String SMTP_TLS = "mail.smtp.tls";                 // MAIL_SMTP_TLS
    /** SMTP user; default MAIL_USER. */
    public static final String SMTP_USER = "mail.smtp.user";               // MAIL_SMTP_USER
    /** SMTP password; default MAIL_PASSWORD. */
    public static final String SMTP_PASSWORD = "mail.smtp.password";       // MAIL_SMTP_PASSWORD
    /** Authenticate to SMTP; default true when an SMTP user is set. */
    public static final String SMTP_AUTH = "mail.smtp.auth";               // MAIL_SMTP_AUTH
    /** The support address replies come from; default MAIL_USER when it is an address. */
    public static final String SUPPORT_ADDRESS = "mail.support.address";   // MAIL_SUPPORT_ADDRESS
    /** Display name of the support address; default Support. */
    public static final String SUPPORT_NAME = "mail.support.name";         // MAIL_SUPPORT_NAME
    /** Our loop header's name; default X-Switchboard-Loop. */
    public static final String LOOP_HEADER = "mail.loop.header";           // MAIL_LOOP_HEADER
    /** At most one automatic reply per sender address (all its conversations) within this many seconds; default 300. */
    public static final String RATE_LIMIT_PERIOD_SECONDS = "mail.rate.limit.period.seconds"; // MAIL_RATE_LIMIT_PERIOD_SECONDS
    /** At most this many automatic replies per address in 24 hours; default 40 (OTRS' LoopProtection). */
    public static final String RATE_LIMIT_DAILY_CAP = "mail.rate.limit.daily.cap"; // MAIL_RATE_LIMIT_DAILY_CAP
    /** Connect, read and write timeout of IMAP and SMTP connections in milliseconds; default 30000. */
    public static final String TIMEOUT_MS = "mail.timeout.ms";             // MAIL_TIMEOUT_MS
    /** Lifetime of the poller lease in seconds; default 60. */
    public static final String LEASE_SECONDS = "mail.lease.seconds";       // MAIL_LEASE_SECONDS
    /** Hosts trusted without certificate validation (space-separated, or *); default none: validate. */
    public static final String TLS_TRUST = "mail.tls.trust";               // MAIL_TLS_TRUST
    /** Largest message read in full, in bytes; default 26214400 (25 MiB). Larger ones are stored flagged. */
    public static final String MAX_MESSAGE_BYTES = "mail.max.message.bytes"; // MAIL_MAX_MESSAGE_BYTES

    /**
     * The authserv-id of the receiving mail server whose Authentication-Results (RFC 8601) are trusted; unset: no
     * sender is authenticated, so no email sender ever reaches customer data.
     */
    public static final String TRUSTED_AUTHSERV_ID = "mail.trusted.authserv.id"; // MAIL_TRUSTED_AUTHSERV_ID

    /** Default loop header. */
    public static final String DEFAULT_LOOP_HEADER = "X-Switchboard-Loop";

    private final Optional<String> imapHost;
    private final int imapPort;
    private final TlsMode imapTls;
    private final Optional<String> user;
    private final Optional<String> password;
    private final String folder;
    private final Optional<String> processedFolder;
    private final boolean idle;
    private final Duration pollInterval;
    private final Optional<String> smtpHost;
    private final int smtpPort;
    private final TlsMode smtpTls;
    private final Optional<String> smtpUser;
    private final Optional<String> smtpPassword;
    private final boolean smtpAuth;
    private final Optional<String> supportAddress;
    private final String supportName;
    private final String loopHeader;
    private final Duration rateLimitPeriod;
    private final int dailyCap;
    private final Duration timeout;
    private final Duration lease;
    private final Optional<String> tlsTrust;
    private final long maxMessageBytes;
    private final Optional<String> trustedAuthservId;

    private EmailSettings(Function<String, Optional<String>> lookup) {
        Function<String, Optional<String>> get = name -> lookup.apply(name).map(String::trim).filter(s -> !s.isEmpty());
        imapHost = get.apply(IMAP_HOST);
        imapTls = get.apply(IMAP_TLS).map(TlsMode::parse).orElse(TlsMode.SSL);
        imapPort = get.apply(IMAP_PORT).map(v -> port(IMAP_PORT, v)).orElse(imapTls == TlsMode.SSL ? 993 : 143);
        user = get.apply(USER);
        password = lookup.apply(PASSWORD).filter(s -> !s.isEmpty());
        folder = get.apply(FOLDER).orElse("INBOX");
        processedFolder = get.apply(PROCESSED_FOLDER);
        idle = get.apply(IDLE).map(Boolean::parseBoolean).orElse(true);
        pollInterval = Duration.ofSeconds(positive(POLL_SECONDS, get.apply(POLL_SECONDS).orElse("60")));
        smtpHost = get.apply(SMTP_HOST);
        smtpTls = get.apply(SMTP_TLS).map(TlsMode::parse).orElse(TlsMode.STARTTLS);
        smtpPort = get.apply(SMTP_PORT).map(v -> port(SMTP_PORT, v))
                .orElse(switch (smtpTls) { case SSL -> 465; case STARTTLS -> 587; case NONE -> 25; });
        smtpUser = get.apply(SMTP_USER).or(() -> user);
        smtpPassword = lookup.apply(SMTP_PASSWORD).filter(s -> !s.isEmpty()).or(() -> password);
        smtpAuth = get.apply(SMTP_AUTH).map(Boolean::parseBoolean).orElse(smtpUser.isPresent());
        supportAddress = get.apply(SUPPORT_ADDRESS).or(() -> user.filter(u -> u.contains("@")))
                .map(a -> a.toLowerCase(Locale.ROOT));
        supportName = get.apply(SUPPORT_NAME).orElse("Support");
        loopHeader = get.apply(LOOP_HEADER).orElse(DEFAULT_LOOP_HEADER);
        if (!loopHeader.matches("[!-9;-~]+")) {
            throw new IllegalArgumentException(LOOP_HEADER + " is not a valid header name: " + loopHeader);
        }
        rateLimitPeriod = Duration.ofSeconds(positive(RATE_LIMIT_PERIOD_SECONDS,
                get.apply(RATE_LIMIT_PERIOD_SECONDS).orElse("300")));
        dailyCap = (int) positive(RATE_LIMIT_DAILY_CAP, get.apply(RATE_LIMIT_DAILY_CAP).orElse("40"));
        timeout = Duration.ofMillis(positive(TIMEOUT_MS, get.apply(TIMEOUT_MS).orElse("30000")));
        lease = Duration.ofSeconds(positive(LEASE_SECONDS, get.apply(LEASE_SECONDS).orElse("60")));
        tlsTrust = get.apply(TLS_TRUST);
        maxMessageBytes = positive(MAX_MESSAGE_BYTES, get.apply(MAX_MESSAGE_BYTES).orElse("26214400"));
        trustedAuthservId = get.apply(TRUSTED_AUTHSERV_ID);
        if (trustedAuthservId.isPresent() && !trustedAuthservId.get().matches("[!-~&&[^()<>@,;:\\\\\"/\\[\\]?=]]+")) {
            throw new IllegalArgumentException(TRUSTED_AUTHSERV_ID + " is not a valid authserv-id: "
                    + trustedAuthservId.get());
        }
    }

    /**
     * Builds settings from any property source.
     *
     * @param lookup returns a property's value by name ({@code mail.imap.host}, ...), empty when unset
     * @return the settings, defaults applied
     * @throws IllegalArgumentException when a value is malformed (port, number, TLS mode, header name)
     */
    public static EmailSettings from(Function<String, Optional<String>> lookup) {
        return new EmailSettings(Objects.requireNonNull(lookup, "lookup"));
    }

    private static int port(String name, String value) {
        long port = positive(name, value);
        if (port > 65535) {
            throw new IllegalArgumentException(name + " must be a port number: " + value);
        }
        return (int) port;
    }

    private static long positive(String name, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number: " + value, e);
        }
    }

    /** @return the IMAP host; empty means the poller is disabled */
    public Optional<String> imapHost() {
        return imapHost;
    }

    /** @return the IMAP port, 1..65535 */
    public int imapPort() {
        return imapPort;
    }

    /** @return how the IMAP connection is protected */
    public TlsMode imapTls() {
        return imapTls;
    }

    /** @return the mailbox user */
    public Optional<String> user() {
        return user;
    }

    /** @return the mailbox password (never log it) */
    public Optional<String> password() {
        return password;
    }

    /** @return the folder polled, default {@code INBOX} */
    public String folder() {
        return folder;
    }

    /** @return the folder stored messages are moved to, if any */
    public Optional<String> processedFolder() {
        return processedFolder;
    }

    /** @return whether to use IMAP IDLE when the server offers it */
    public boolean idle() {
        return idle;
    }

    /** @return time between polls without IDLE, and the longest single IDLE wait */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the SMTP host, if configured */
    public Optional<String> smtpHost() {
        return smtpHost;
    }

    /** @return the SMTP port */
    public int smtpPort() {
        return smtpPort;
    }

    /** @return how the SMTP connection is protected */
    public TlsMode smtpTls() {
        return smtpTls;
    }

    /** @return the SMTP user, if any */
    public Optional<String> smtpUser() {
        return smtpUser;
    }

    /** @return the SMTP password (never log it) */
    public Optional<String> smtpPassword() {
        return smtpPassword;
    }

    /** @return whether to authenticate to SMTP (AUTH, RFC 4954) */
    public boolean smtpAuth() {
        return smtpAuth;
    }

    /** @return the support address, lower case, if configured */
    public Optional<String> supportAddress() {
        return supportAddress;
    }

    /** @return the support address's display name */
    public String supportName() {
        return supportName;
    }

    /** @return the name of our loop header */
    public String loopHeader() {
        return loopHeader;
    }

    /** @return at most one automatic reply per sender (any conversation) within this period; later ones wait */
    public Duration rateLimitPeriod() {
        return rateLimitPeriod;
    }

    /** @return at most this many automatic replies per address in 24 hours */
    public int dailyCap() {
        return dailyCap;
    }

    /** @return connect/read/write timeout of mail connections */
    public Duration timeout() {
        return timeout;
    }

    /** @return lifetime of the poller lease */
    public Duration lease() {
        return lease;
    }

    /** @return hosts trusted without certificate validation ({@code *} for all), if any */
    public Optional<String> tlsTrust() {
        return tlsTrust;
    }

    /**
     * @return warnings to log at start-up about settings that weaken security (issue 19): {@code MAIL_TLS_TRUST=*}
     *         turns off certificate checking for every mail server; empty when there is nothing to warn about
     */
    public java.util.List<String> insecureSettings() {
        if (tlsTrust.map(String::strip).filter(t -> t.equals("*") || t.startsWith("* ") || t.endsWith(" *")
                || t.contains(" * ")).isPresent()) {
            return java.util.List.of("MAIL_TLS_TRUST=* trusts every mail server without checking its certificate:"
                    + " anyone on the network path can read and change mail and the mailbox password. Name the hosts"
                    + " instead, or add their certificate to the trust store.");
        }
        return java.util.List.of();
    }

    /** @return the largest message read in full, in bytes */
    public long maxMessageBytes() {
        return maxMessageBytes;
    }

    /**
     * @return the authserv-id whose Authentication-Results are trusted; empty: no sender is authenticated
     */
    public Optional<String> trustedAuthservId() {
        return trustedAuthservId;
    }

    /** @return the lease name of the configured mailbox: {@code user@host:port/folder}, at most 100 characters */
    public String mailboxName() {
        String name = user.orElse("") + "@" + imapHost.orElse("") + ":" + imapPort + "/" + folder;
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    @Override
    public String toString() {
        return "EmailSettings[imap=" + imapHost.orElse("(disabled)") + ":" + imapPort + " " + imapTls
                + ", folder=" + folder + ", user=" + user.orElse("-") + ", smtp=" + smtpHost.orElse("(none)") + ":"
                + smtpPort + " " + smtpTls + ", support=" + supportAddress.orElse("-") + ", loopHeader=" + loopHeader
                + ", period=" + rateLimitPeriod.toSeconds() + "s, dailyCap=" + dailyCap + ", trustedAuthservId="
                + trustedAuthservId.orElse("(none: no sender authenticated)") + "]";
    }
}
