package org.switchboard.email.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Defaults, derived values and validation of the MAIL_* settings. */
class EmailSettingsTest {

    private static EmailSettings of(Map<String, String> values) {
        return EmailSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void withoutAnImapHostThePollerIsOffAndDefaultsAreSafe() {
        EmailSettings s = of(Map.of());
        assertThat(s.imapHost()).isEmpty();
        assertThat(s.imapTls()).isEqualTo(TlsMode.SSL);
        assertThat(s.imapPort()).isEqualTo(993);
        assertThat(s.smtpTls()).isEqualTo(TlsMode.STARTTLS);
        assertThat(s.smtpPort()).isEqualTo(587);
        assertThat(s.folder()).isEqualTo("INBOX");
        assertThat(s.loopHeader()).isEqualTo("X-Switchboard-Loop");
        assertThat(s.rateLimitPeriod()).isEqualTo(Duration.ofMinutes(5));
        assertThat(s.dailyCap()).isEqualTo(40);
        assertThat(s.idle()).isTrue();
    }

    @Test
    void credentialsAndAddressesDeriveFromTheMailboxUser() {
        EmailSettings s = of(Map.of(EmailSettings.IMAP_HOST, "imap.example.com", EmailSettings.USER,
                "Support@Example.com", EmailSettings.PASSWORD, "s3cret", EmailSettings.SMTP_TLS, "ssl",
                EmailSettings.IMAP_TLS, "starttls"));
        assertThat(s.imapPort()).isEqualTo(143);
        assertThat(s.smtpPort()).isEqualTo(465);
        assertThat(s.smtpUser()).contains("Support@Example.com");
        assertThat(s.smtpPassword()).contains("s3cret");
        assertThat(s.smtpAuth()).isTrue();
        assertThat(s.supportAddress()).contains("support@example.com");
        assertThat(s.toString()).doesNotContain("s3cret");
        assertThat(s.mailboxName()).isEqualTo("Support@Example.com@imap.example.com:143/INBOX");
    }

    @Test
    void trustingEveryMailServerIsWarnedAboutAtStartUp() {
        assertThat(of(Map.of(EmailSettings.TLS_TRUST, "*")).insecureSettings()).singleElement().asString()
                .contains("MAIL_TLS_TRUST=*");
        assertThat(of(Map.of(EmailSettings.TLS_TRUST, "mail.example.com")).insecureSettings()).isEmpty();
        assertThat(of(Map.of()).insecureSettings()).isEmpty();
    }

    @Test
    void malformedValuesAreRefusedAtStartUp() {
        assertThatThrownBy(() -> of(Map.of(EmailSettings.IMAP_PORT, "seventy"))).hasMessageContaining("mail.imap.port");
        assertThatThrownBy(() -> of(Map.of(EmailSettings.SMTP_PORT, "70000"))).hasMessageContaining("port");
        assertThatThrownBy(() -> of(Map.of(EmailSettings.IMAP_TLS, "maybe"))).hasMessageContaining("ssl, starttls");
        assertThatThrownBy(() -> of(Map.of(EmailSettings.LOOP_HEADER, "Bad Header"))).hasMessageContaining("header");
        assertThatThrownBy(() -> of(Map.of(EmailSettings.RATE_LIMIT_DAILY_CAP, "0"))).hasMessageContaining("positive");
    }

    @Test
    void sessionsAreExplicitWithTlsRequiredAndPeekingFetches() {
        EmailSettings s = of(Map.of(EmailSettings.IMAP_HOST, "imap.example.com", EmailSettings.SMTP_HOST,
                "smtp.example.com", EmailSettings.SUPPORT_ADDRESS, "help@example.com"));
        var imap = MailSessions.imap(s).getProperties();
        assertThat(imap.getProperty("mail.store.protocol")).isEqualTo("imaps");
        assertThat(imap.getProperty("mail.imaps.peek")).isEqualTo("true");
        assertThat(imap.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
        var smtp = MailSessions.smtp(s).getProperties();
        assertThat(smtp.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(smtp.getProperty("mail.smtp.from")).isEqualTo("help@example.com");
        assertThat(smtp.getProperty("mail.smtp.timeout")).isEqualTo("30000");
    }
}
