package org.switchboard.email.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.switchboard.email.config.EmailSettings;

/** GreenMail (a real SMTP and IMAP server, in this JVM, on free ports) and the settings that point at it. */
public final class MailServers {

    /** The support mailbox. */
    public static final String SUPPORT = "support@example.com";
    /** Its password. */
    public static final String PASSWORD = "support-secret";
    /** A customer mailbox (the vacation responder's). */
    public static final String CUSTOMER = "customer@example.org";

    private MailServers() {
    }

    /** @return an extension with fresh servers per test and the support and customer users */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
                .withConfiguration(GreenMailConfiguration.aConfig()
                        .withUser(SUPPORT, SUPPORT, PASSWORD)
                        .withUser(CUSTOMER, CUSTOMER, "customer-secret"))
                .withPerMethodLifecycle(true);
    }

    /**
     * Settings pointing the channel at GreenMail: no TLS, short poll interval, the support mailbox.
     *
     * @param greenMail the running servers
     * @param extra     more properties (override the defaults here)
     * @return the settings
     */
    public static EmailSettings settings(GreenMailOperations greenMail, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put(EmailSettings.IMAP_HOST, "127.0.0.1");
        values.put(EmailSettings.IMAP_PORT, Integer.toString(greenMail.getImap().getPort()));
        values.put(EmailSettings.IMAP_TLS, "none");
        values.put(EmailSettings.USER, SUPPORT);
        values.put(EmailSettings.PASSWORD, PASSWORD);
        values.put(EmailSettings.SMTP_HOST, "127.0.0.1");
        values.put(EmailSettings.SMTP_PORT, Integer.toString(greenMail.getSmtp().getPort()));
        values.put(EmailSettings.SMTP_TLS, "none");
        values.put(EmailSettings.SUPPORT_NAME, "Example Support");
        values.put(EmailSettings.POLL_SECONDS, "1");
        values.put(EmailSettings.TIMEOUT_MS, "10000");
        values.put(EmailSettings.LEASE_SECONDS, "30");
        values.putAll(extra);
        return EmailSettings.from(name -> Optional.ofNullable(values.get(name)));
    }

    /**
     * Puts a raw message into a user's INBOX, as a local delivery agent would.
     *
     * @param greenMail the servers
     * @param user      the mailbox owner's address
     * @param raw       the RFC 5322 bytes
     */
    public static void deliver(GreenMailOperations greenMail, String user, byte[] raw) {
        try {
            GreenMailUser owner = greenMail.getUserManager().getUserByEmail(user);
            owner.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Puts a message into a user's INBOX as it is (no re-parse of its bytes).
     *
     * @param greenMail the servers
     * @param user      the mailbox owner's address
     * @param message   the message
     */
    public static void deliver(GreenMailOperations greenMail, String user, MimeMessage message) {
        greenMail.getUserManager().getUserByEmail(user).deliver(message);
    }

    /**
     * Counts a user's INBOX messages with and without \Seen, over IMAP as a mail client would.
     *
     * @param greenMail the servers
     * @param user      the address
     * @param password  the password
     * @return {total, unseen}
     */
    public static int[] inboxCounts(GreenMailOperations greenMail, String user, String password) {
        Properties props = new Properties();
        props.setProperty("mail.imap.peek", "true");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", greenMail.getImap().getPort(), user, password);
            try (store) {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                int total = inbox.getMessageCount();
                int unseen = inbox.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length;
                inbox.close(false);
                return new int[]{total, unseen};
            }
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
