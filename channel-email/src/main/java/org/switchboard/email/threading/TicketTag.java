package org.switchboard.email.threading;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ticket number in an email subject, {@code [#1234]} (the convention of Request Tracker, OTRS and Zammad, with
 * Switchboard's ticket numbers). A reply whose threading headers were lost (a new mail, a forwarding client) still
 * finds its conversation by it.
 */
public final class TicketTag {

    private static final Pattern TAG = Pattern.compile("\\[#(\\d{1,12})]");

    private TicketTag() {
    }

    /**
     * @param subject a decoded subject, may be null
     * @return the first ticket number tagged in it
     */
    public static OptionalLong find(String subject) {
        if (subject == null) {
            return OptionalLong.empty();
        }
        Matcher m = TAG.matcher(subject);
        return m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
    }

    /**
     * @param ticket a ticket number
     * @return its tag, e.g. {@code [#1001]}
     */
    public static String format(long ticket) {
        return "[#" + ticket + "]";
    }
}
