package org.switchboard.core.privacy;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * A {@link Filter} that lets every record through after masking personal data ({@link PersonalDataMasker}) and
 * neutralising CR, LF and every other control or format character ({@link Logs#neutralise}, issue 19: no text from
 * outside can start a forged log line or hide text) in its message, its String parameters and the messages of its
 * exception chain (a throwable whose message would change is replaced by a {@link MaskedThrowable} with the same
 * class name, stack trace and cleaned cause). Thread-safe. A message is one log line: write a multi-line diagnostic
 * as several records.
 */
public final class MaskingLogFilter implements Filter {

    /** The shared instance. */
    public static final MaskingLogFilter INSTANCE = new MaskingLogFilter();

    private MaskingLogFilter() {
    }

    /**
     * @param record the record, changed in place
     * @return always true
     */
    @Override
    public boolean isLoggable(LogRecord record) {
        record.setMessage(clean(record.getMessage()));
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            Object[] masked = parameters.clone();
            for (int i = 0; i < masked.length; i++) {
                if (masked[i] instanceof CharSequence text) {
                    masked[i] = clean(text.toString());
                }
            }
            record.setParameters(masked);
        }
        if (record.getThrown() != null && needsMasking(record.getThrown())) {
            record.setThrown(MaskedThrowable.of(record.getThrown()));
        }
        return true;
    }

    private static boolean needsMasking(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (PersonalDataMasker.containsPersonalData(message) || (message != null && !message.equals(clean(message)))) {
                return true;
            }
        }
        return false;
    }

    /** Personal data masked, then control characters neutralised; null stays null. */
    static String clean(String text) {
        return text == null ? null : Logs.neutralise(PersonalDataMasker.mask(text), Integer.MAX_VALUE);
    }

    /** A stand-in for a throwable whose message held personal data: same class name and stack, masked message. */
    public static final class MaskedThrowable extends Throwable {

        private static final long serialVersionUID = 1L;

        private MaskedThrowable(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        static Throwable of(Throwable original) {
            Throwable cause = original.getCause() == null || original.getCause() == original ? null
                    : of(original.getCause());
            String message = clean(original.getMessage());
            MaskedThrowable masked = new MaskedThrowable(original.getClass().getName()
                    + (message == null ? "" : ": " + message), cause);
            masked.setStackTrace(original.getStackTrace());
            return masked;
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
