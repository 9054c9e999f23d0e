package org.switchboard.core.privacy;

import java.util.logging.Logger;

/** Where Switchboard's classes get their loggers: {@code private static final Logger LOG = Logs.logger(Foo.class);}. */
public final class Logs {

    private Logs() {
    }

    /**
     * @param owner the class that logs
     * @return the {@link Logger} named after it, with personal data masked in every record ({@link MaskingLogFilter})
     */
    public static Logger logger(Class<?> owner) {
        Logger logger = Logger.getLogger(owner.getName());
        logger.setFilter(MaskingLogFilter.INSTANCE);
        return logger;
    }
}
