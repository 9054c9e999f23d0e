package org.switchboard.email.loop;

import java.util.Objects;

/**
 * The loop guard's decision on one inbound message.
 *
 * @param kind   why (or {@link Kind#ANSWER})
 * @param reason for the transcript and audit: the rule and the evidence, e.g.
 *               {@code RFC 3834 Auto-Submitted: auto-replied}; null for {@link Kind#ANSWER}; at most 200 characters
 */
public record LoopVerdict(Kind kind, String reason) {

    /** Why a message gets no automatic reply. */
    public enum Kind {
        /** Nothing automated found: answer it. */
        ANSWER,
        /** It carries our own loop header: one of our replies came back. */
        OWN_LOOP_HEADER,
        /** It is from our own address. */
        OWN_ADDRESS,
        /** A delivery status notification (bounce or delay), RFC 3464. */
        BOUNCE,
        /** Another report: read receipt (RFC 8098) or abuse feedback (RFC 5965). */
        REPORT,
        /** {@code Auto-Submitted} other than {@code no} (RFC 3834 section 5). */
        AUTO_SUBMITTED,
        /** A vendor auto-reply header ({@code X-Autoreply}, {@code X-Autorespond}, {@code X-Auto-Response-Suppress}, ...). */
        AUTO_REPLY_HEADER,
        /** {@code Precedence: bulk | list | junk | auto_reply}. */
        BULK,
        /** A mailing list header ({@code List-*}, RFC 2369/2919, or list software's own). */
        LIST,
        /** A null or empty {@code Return-Path} ({@code <>}): sent by a mail system, RFC 3834 section 2. */
        NULL_RETURN_PATH,
        /** From MAILER-DAEMON, postmaster or a no-reply address. */
        ROBOT_SENDER,
        /** The subject is an auto-reply's or a bounce's ("Automatic reply:", "Undeliverable:"). */
        AUTOMATED_SUBJECT
    }

    /** The verdict for mail that gets an answer. */
    public static final LoopVerdict ANSWER = new LoopVerdict(Kind.ANSWER, null);

    /** @throws NullPointerException if kind is null, or reason is null for a suppressing kind */
    public LoopVerdict {
        Objects.requireNonNull(kind, "kind");
        if (kind != Kind.ANSWER) {
            Objects.requireNonNull(reason, "reason");
            reason = reason.length() <= 200 ? reason : reason.substring(0, 197) + "...";
        }
    }

    /** @return whether the message may get an automatic reply (rate limits still apply) */
    public boolean answer() {
        return kind == Kind.ANSWER;
    }

    /** @return whether the message is a delivery report whose failed recipients are to be marked undeliverable */
    public boolean bounce() {
        return kind == Kind.BOUNCE;
    }
}
