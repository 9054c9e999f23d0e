package org.switchboard.core.notification;

import java.util.List;
import org.switchboard.core.channel.Channel;

/** The customer has never written in the requested channel, so there is no address to write to; nothing was sent. */
public class UnreachableCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Channel> reachable;

    /**
     * @param requested the channel asked for
     * @param reachable the channels the customer can be reached in
     */
    public UnreachableCustomerException(Channel requested, List<Channel> reachable) {
        super("the customer has no conversation in " + requested + "; reachable: " + reachable);
        this.reachable = List.copyOf(reachable);
    }

    /** @return the channels the customer can be reached in (may be empty) */
    public List<Channel> reachable() {
        return reachable;
    }
}
