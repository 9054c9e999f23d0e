package org.switchboard.email.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Collects the {@code java.util.logging} records of the channel's loggers (every logger under
 * {@code org.switchboard.email}) while open, so a test can assert that bad input was logged with context.
 */
public final class LogCapture extends Handler implements AutoCloseable {

    private static final Logger ROOT = Logger.getLogger("org.switchboard.email");

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private LogCapture() {
        setLevel(Level.ALL);
    }

    /** @return a capture, attached until {@link #close()} */
    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        ROOT.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
        // nothing buffered
    }

    @Override
    public void close() {
        ROOT.removeHandler(this);
    }

    /** @return each record's message with its parameters filled in and its exception's message appended */
    public List<String> messages() {
        return records.stream().map(LogCapture::format).toList();
    }

    /**
     * @param level the least severe level
     * @return the formatted messages of the records at that level or above
     */
    public List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).map(LogCapture::format)
                .toList();
    }

    private static String format(LogRecord r) {
        String message = r.getMessage();
        Object[] params = r.getParameters();
        if (message != null && params != null && params.length > 0) {
            message = java.text.MessageFormat.format(message.replace("'", "''"), params);
        }
        return r.getLoggerName() + " " + r.getLevel() + ": " + message
                + (r.getThrown() == null ? "" : " [" + r.getThrown() + "]");
    }
}
