package org.switchboard.email.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.switchboard.core.audit.AuditLog;

/** The production {@link EmailAudit}: an entry in the core audit log, actor {@code bot}. */
@ApplicationScoped
public class AuditLogEmailAudit implements EmailAudit {

    @Inject
    AuditLog audit;

    @Override
    public void flag(String action, String subject, String details) {
        audit.record("bot", action, subject.length() <= 200 ? subject : subject.substring(0, 200), details);
    }
}
