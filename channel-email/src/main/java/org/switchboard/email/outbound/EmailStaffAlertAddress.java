package org.switchboard.email.outbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Map;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.sla.StaffAlertAddress;
import org.switchboard.email.threading.EmailConversation;

/**
 * Support-team alerts by email: the target is an address (RFC 5322, checked by Jakarta Mail's
 * {@link InternetAddress}); alerts go from the support mailbox with the subject "SLA alert", sent by
 * {@link EmailReplyDeliverer}.
 */
@ApplicationScoped
public class EmailStaffAlertAddress implements StaffAlertAddress {

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public ConversationRef address(String target) {
        try {
            InternetAddress address = new InternetAddress(target, true);
            return new ConversationRef(Channel.EMAIL, "staff-alerts/" + address.getAddress(),
                    Map.of(EmailConversation.TO, address.getAddress(), EmailConversation.SUBJECT, "SLA alert"));
        } catch (AddressException e) {
            throw new IllegalArgumentException("not an email address", e);
        }
    }
}
