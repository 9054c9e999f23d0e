package org.switchboard.email.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.switchboard.email.inbound.EmailAudit;

/** Records the human flags the poller raises. */
public final class RecordingAudit implements EmailAudit {

    /**
     * One flag.
     *
     * @param action  the action
     * @param subject the subject
     * @param details the details
     */
    public record Flag(String action, String subject, String details) {
    }

    private final List<Flag> flags = new CopyOnWriteArrayList<>();

    @Override
    public void flag(String action, String subject, String details) {
        flags.add(new Flag(action, subject, details));
    }

    /** @return the flags so far */
    public List<Flag> flags() {
        return List.copyOf(flags);
    }
}
