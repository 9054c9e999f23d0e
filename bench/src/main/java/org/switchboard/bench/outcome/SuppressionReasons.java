package org.switchboard.bench.outcome;

import java.util.List;
import java.util.Locale;

/**
 * Groups the bot's no-reply reasons into the kinds a summary counts, without the per-message details (addresses,
 * subjects, header values): the email loop guard's verdicts (RFC 3834 {@code Auto-Submitted}, vendor auto-reply
 * headers, RFC 3464 bounces, other reports, {@code Precedence}, list headers, a null {@code Return-Path}, robot
 * senders, automated subjects, our own mail), the per-sender rate limit, malformed or sender-less mail, and
 * conversations a person is handling.
 */
public final class SuppressionReasons {

    private record Kind(String prefix, String label) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("rfc 3834 auto-submitted", "RFC 3834 auto-reply (Auto-Submitted)"),
            new Kind("auto-reply header", "auto-reply header (X-Autoreply, X-Autorespond, ...)"),
            new Kind("rfc 3464", "bounce (RFC 3464 delivery status report)"),
            new Kind("report (", "other report (read receipt, abuse feedback)"),
            new Kind("precedence:", "bulk mail (Precedence)"),
            new Kind("mailing list header", "mailing list (List-* headers)"),
            new Kind("null return-path", "sent by a mail system (null Return-Path)"),
            new Kind("robot sender", "robot sender (mailer-daemon, postmaster, no-reply)"),
            new Kind("auto-reply subject", "auto-reply subject"),
            new Kind("bounce subject", "bounce subject"),
            new Kind("carries our loop header", "our own reply came back (loop header)"),
            new Kind("sent from our own address", "sent from our own address"),
            new Kind("rate limit", "rate limit (automatic replies per sender)"),
            new Kind("malformed message", "malformed message, flagged for a human"),
            new Kind("no sender address", "no sender address, flagged for a human"),
            new Kind("conversation ", "a person is handling the conversation"));

    private SuppressionReasons() {
    }

    /**
     * @param reason a no-reply reason as the bot stored it, may be null
     * @return the kind of reason, e.g. {@code bounce (RFC 3464 delivery status report)}; for an unknown reason its
     *         text up to the first colon (at most 60 characters); {@code (no reason given)} for null
     */
    public static String kind(String reason) {
        if (reason == null || reason.isBlank()) {
            return "(no reason given)";
        }
        String lower = reason.strip().toLowerCase(Locale.ROOT);
        for (Kind k : KINDS) {
            if (lower.startsWith(k.prefix())) {
                return k.label();
            }
        }
        int colon = reason.indexOf(':');
        return TextCut.cut(colon > 0 ? reason.substring(0, colon) : reason, 60);
    }
}
