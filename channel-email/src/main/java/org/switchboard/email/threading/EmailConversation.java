package org.switchboard.email.threading;

/**
 * Names of the reply coordinates an email {@link org.switchboard.core.channel.ConversationRef} carries in its
 * attributes (written by the inbound processor from the customer's message, read by the reply deliverer). The
 * conversation key itself is the thread root's Message-ID.
 */
public final class EmailConversation {

    /**
     * The address the reply goes to: the From address, or the Reply-To when the From is authenticated and the
     * Reply-To is on the From's domain ({@link org.switchboard.email.inbound.InboundMailProcessor}).
     */
    public static final String TO = "to";
    /** A Reply-To the reply does not go to (another domain, or an unauthenticated sender), recorded for a person. */
    public static final String IGNORED_REPLY_TO = "ignored_reply_to";
    /** {@code true} when the From address is authenticated, else {@code false}. */
    public static final String SENDER_AUTHENTICATED = "sender_authenticated";
    /** The display name of {@link #TO}, when known. */
    public static final String TO_NAME = "to_name";
    /** The customer's subject, decoded (the reply's subject is {@code Re: <subject> [#ticket]}). */
    public static final String SUBJECT = "subject";
    /** The customer message's Message-ID, for the reply's In-Reply-To (absent when the message had none). */
    public static final String MESSAGE_ID = "message_id";
    /** The reply's References: the customer's References plus its Message-ID, space-separated, newest last. */
    public static final String REFERENCES = "references";

    /**
     * When the reply may leave at the earliest, ISO-8601 UTC ({@link java.time.Instant#toString()}); present when
     * the rate limiter deferred it ({@link org.switchboard.email.loop.ReplyRateLimiter}). A value in the past has
     * no effect.
     */
    public static final String NOT_BEFORE = "not_before";

    /** Most ids kept in {@link #REFERENCES} (RFC 5322 allows trimming; the root and the newest are kept). */
    public static final int MAX_REFERENCES = 10;

    private EmailConversation() {
    }
}
