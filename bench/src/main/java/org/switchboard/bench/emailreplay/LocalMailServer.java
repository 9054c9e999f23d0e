package org.switchboard.bench.emailreplay;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A local SMTP + IMAP server (GreenMail) with the bot's support mailbox, on 127.0.0.1 only.
 *
 * @see <a href="https://greenmail-mail-test.github.io/greenmail/">GreenMail</a>
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;
    private final String supportAddress;
    private final String login;

    /**
     * Starts the server.
     *
     * @param smtpPort       SMTP port (replies from the bot arrive here)
     * @param imapPort       IMAP port (the bot polls the support mailbox here)
     * @param supportAddress the support mailbox's address, e.g. {@code support@switchboard.test}
     * @param login          its IMAP login, e.g. {@code support}
     * @param password       its IMAP password
     */
    public LocalMailServer(int smtpPort, int imapPort, String supportAddress, String login, String password) {
        this.supportAddress = supportAddress;
        this.login = login;
        greenMail = new GreenMail(new ServerSetup[]{
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.setUser(supportAddress, login, password);
        greenMail.start();
    }

    /** @return the SMTP port */
    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** @return the IMAP port */
    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    /**
     * Puts a message into the support mailbox's INBOX, as if it had arrived by mail.
     *
     * @param message the message
     * @throws IllegalStateException if the mailbox does not exist
     */
    public void deliverToSupport(MimeMessage message) {
        greenMail.getUserManager().getUser(login).deliver(message);
    }

    /**
     * Reads every message the server holds, each on its own: one whose headers cannot be read (an unparseable
     * {@code From} such as {@code Bob <bob@x> Bobby <bobby@x>}, which Jakarta Mail rejects with an
     * {@link jakarta.mail.internet.AddressException}) is counted and skipped, never failing the whole scan.
     *
     * @return the automatic replies sent so far from the support address ({@code Auto-Submitted: auto-replied}),
     *         in arrival order, and how many stored messages could not be read
     */
    public MailboxScan automaticReplies() {
        List<MimeMessage> replies = new ArrayList<>();
        int unreadable = 0;
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            try {
                if (isAutomaticReplyFromSupport(m)) {
                    replies.add(m);
                }
            } catch (MessagingException | RuntimeException e) {
                unreadable++;
            }
        }
        return new MailboxScan(replies, unreadable);
    }

    private boolean isAutomaticReplyFromSupport(MimeMessage m) throws MessagingException {
        Address[] from = m.getFrom();
        return from != null && from.length > 0 && from[0] instanceof InternetAddress a
                && supportAddress.equalsIgnoreCase(a.getAddress())
                && "auto-replied".equals(m.getHeader("Auto-Submitted", null));
    }

    /**
     * One pass over the stored messages.
     *
     * @param replies    the support address's automatic replies, in arrival order
     * @param unreadable how many stored messages (replies or customer mail) had headers that could not be read
     */
    public record MailboxScan(List<MimeMessage> replies, int unreadable) {
        /** Copies the list. */
        public MailboxScan {
            replies = List.copyOf(replies);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
