package org.switchboard.server.fault;

/**
 * Stops, one after the other, the parts a real-process test started (the product server, stand-ins, mail servers,
 * the database): a part that fails to stop is reported on standard error and the next ones are stopped all the same,
 * so a failing test leaves no process running behind it. An interrupt is kept for the caller.
 */
public final class QuietShutdown {

    private QuietShutdown() {
    }

    /**
     * @param what  what is being stopped, for the report (e.g. {@code "storm target"})
     * @param parts the parts in the order to stop them: stand-ins themselves, or a method reference such as
     *              {@code liberty::stop} or {@code database::stop}; null entries (parts never started) are skipped
     */
    public static void stop(String what, AutoCloseable... parts) {
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                System.err.println("part of the " + what + " did not stop cleanly: " + e);
            }
        }
    }
}
