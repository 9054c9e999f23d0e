package org.switchboard.email.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import java.io.IOException;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * Angus Mail's SMTP transport ({@code smtp}, or {@code smtps} for implicit TLS) that remembers whether it got as far
 * as ending a message's data: {@link #finishData()} and {@link #finishBdat()} are the transport's own hooks for the
 * final {@code "."} (or last {@code BDAT} chunk) and the server's answer to it. From that moment on a failure without
 * a reply code (read timeout, connection lost) has an unknown outcome: the server may have accepted the message and
 * only its answer was lost (RFC 1047). Angus' exception does not say at which command the read failed (a timeout at
 * {@code MAIL FROM} and one after the data both arrive as {@code "Exception reading response"} with the
 * {@link java.net.SocketTimeoutException} nested), hence this flag. One instance per connection, one thread at a time.
 */
final class DataTrackingTransport extends SMTPTransport {

    private volatile boolean dataEnded;

    /**
     * @param session  the SMTP session ({@code mail.smtp.*} or {@code mail.smtps.*} properties)
     * @param protocol {@code smtp} or {@code smtps}
     */
    DataTrackingTransport(Session session, String protocol) {
        super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
    }

    @Override
    protected void finishData() throws IOException, MessagingException {
        dataEnded = true;
        super.finishData();
    }

    @Override
    protected void finishBdat() throws IOException, MessagingException {
        dataEnded = true;
        super.finishBdat();
    }

    /** @return whether the end of a message's data was sent (or began to be) on this connection */
    boolean dataEnded() {
        return dataEnded;
    }
}
