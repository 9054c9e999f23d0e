package org.switchboard.email.mime;

import java.util.List;

/**
 * What a message says about the delivery of another message: a delivery status notification (RFC 3464, inside
 * {@code multipart/report}, RFC 6522), a disposition notification (RFC 8098) or a feedback report (RFC 5965).
 *
 * @param reportType          the report kind: {@code delivery-status}, {@code disposition-notification},
 *                            {@code feedback-report}, or the {@code report-type} parameter as sent; never null
 * @param failedRecipients    lower-cased addresses whose delivery failed for good (DSN {@code Action: failed} or a
 *                            5.x.x {@code Status}, and {@code X-Failed-Recipients}); never null
 * @param returnedMessageIds  canonical Message-IDs of the returned original message (from its
 *                            {@code message/rfc822} or {@code text/rfc822-headers} part); never null
 */
public record DeliveryReport(String reportType, List<String> failedRecipients, List<String> returnedMessageIds) {
    /** Copies the lists. */
    public DeliveryReport {
        reportType = reportType == null ? "unknown" : reportType;
        failedRecipients = failedRecipients == null ? List.of() : List.copyOf(failedRecipients);
        returnedMessageIds = returnedMessageIds == null ? List.of() : List.copyOf(returnedMessageIds);
    }

    /** @return whether it reports on delivery (a bounce or a delay), not on reading or abuse */
    public boolean isDeliveryStatus() {
        return "delivery-status".equals(reportType);
    }
}
