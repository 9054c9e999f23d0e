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
     * @return the automatic replies sent so far from the support address ({@code Auto-Submitted: auto-replied})
     * @throws MessagingException if a stored message cannot be read
     */
    public List<MimeMessage> automaticReplies() throws MessagingException {
        List<MimeMessage> replies = new ArrayList<>();
        for (MimeMessage m : greenMail.getReceivedMessages()) {
            Address[] from = m.getFrom();
            if ("auto-replied".equals(m.getHeader("Auto-Submitted", null)) && from != null && from.length > 0
                    && from[0] instanceof InternetAddress a && supportAddress.equalsIgnoreCase(a.getAddress())) {
                replies.add(m);
            }
        }
        return replies;
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
