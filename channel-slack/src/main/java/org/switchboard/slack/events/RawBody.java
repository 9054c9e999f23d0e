package org.switchboard.slack.events;

/**
 * Hands the raw request body from {@link SlackEventsServlet} to the Bolt handlers, which run synchronously on the
 * same request thread, so the inbox keeps the payload exactly as received. Set and cleared by the servlet only.
 */
public final class RawBody {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RawBody() {
    }

    static void set(String body) {
        CURRENT.set(body);
    }

    /** @return the body of the request this thread is handling, or null outside one */
    public static String get() {
        String body = CURRENT.get();
        return body == null ? "" : body;
    }

    static void clear() {
        CURRENT.remove();
    }
}
