package org.switchboard.bench.smtp;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault {@link SmtpStandIn} can inject into a mail transaction: a transient refusal (a 4xx reply, RFC 5321
 * section 4.2.1) or a late answer at one {@link SmtpStage}.
 *
 * @param stage where in the transaction it strikes
 * @param code  the reply code of a refusal (400-599; 421 also closes the connection, as RFC 5321 section 3.8
 *              says), or 0 for a delay
 * @param text  the rest of the refusal's reply line, e.g. {@code "4.3.0 Try again later"} (enhanced status code,
 *              RFC 3463), or empty for a delay
 * @param delay how long the answer is held back (then the transaction goes on normally), or {@link Duration#ZERO}
 *              for a refusal
 */
public record SmtpFault(SmtpStage stage, int code, String text, Duration delay) {

    /**
     * Validates the components.
     *
     * @param stage see the record description
     * @param code  see the record description
     * @param text  see the record description
     * @param delay see the record description
     * @throws NullPointerException     if a component is null
     * @throws IllegalArgumentException if it is neither a refusal (code 400-599, no delay) nor a delay (code 0,
     *                                  positive delay)
     */
    public SmtpFault {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(delay, "delay");
        boolean refusal = code >= 400 && code <= 599 && delay.isZero();
        boolean late = code == 0 && !delay.isNegative() && !delay.isZero();
        if (!refusal && !late) {
            throw new IllegalArgumentException("a fault is a refusal (code 400-599, no delay) or a delay (code 0,"
                    + " positive delay): code " + code + ", delay " + delay);
        }
    }

    /**
     * @param stage where the refusal comes
     * @param code  its reply code, 400-599 (a storm uses 4xx: 421, 450, 451, 452)
     * @param text  the rest of its reply line, e.g. {@code "4.3.0 Mail server temporarily rejected message"}
     * @return a refusal
     * @throws IllegalArgumentException if the code is not 400-599
     */
    public static SmtpFault refuse(SmtpStage stage, int code, String text) {
        return new SmtpFault(stage, code, text, Duration.ZERO);
    }

    /**
     * @param stage where the answer is late
     * @param delay how long it is held back; positive
     * @return a late answer
     * @throws IllegalArgumentException if the delay is not positive
     */
    public static SmtpFault delay(SmtpStage stage, Duration delay) {
        return new SmtpFault(stage, 0, "", delay);
    }

    /** @return whether this fault is a refusal (else it is a late answer) */
    public boolean isRefusal() {
        return code != 0;
    }

    /** @return a short label for reports, e.g. {@code "451 at RCPT_TO"} or {@code "5000 ms late at MAIL_FROM"} */
    public String label() {
        return isRefusal() ? code + " at " + stage : delay.toMillis() + " ms late at " + stage;
    }
}
