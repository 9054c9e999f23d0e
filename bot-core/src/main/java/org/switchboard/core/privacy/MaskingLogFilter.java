package org.switchboard.core.privacy;

import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * A {@link Filter} that lets every record through after masking personal data ({@link PersonalDataMasker}) in its
 * message, its String parameters and the messages of its exception chain (a throwable whose message would change is
 * replaced by a {@link MaskedThrowable} with the same class name, stack trace and masked cause). Thread-safe.
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
        record.setMessage(PersonalDataMasker.mask(record.getMessage()));
        Object[] parameters = record.getParameters();
        if (parameters != null) {
            Object[] masked = parameters.clone();
            for (int i = 0; i < masked.length; i++) {
                if (masked[i] instanceof CharSequence text) {
                    masked[i] = PersonalDataMasker.mask(text.toString());
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
            if (PersonalDataMasker.containsPersonalData(t.getMessage())) {
                return true;
            }
        }
        return false;
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
            String message = PersonalDataMasker.mask(original.getMessage());
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
