package org.switchboard.email.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.inbox.Acceptance;
import org.switchboard.email.inbound.PolledMailSink;

/**
 * The inbox as the poller sees it, in memory: dedupes on the message id like {@code inbox_entries}' unique key,
 * can be told to fail (a database outage), and hands each newly accepted message to a listener (the test's "turn").
 */
public final class RecordingSink implements PolledMailSink {

    private final Map<String, InboundMessage> stored = new LinkedHashMap<>();
    private final AtomicInteger failuresToInject = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile java.util.function.Consumer<InboundMessage> onAccepted = m -> { };

    @Override
    public synchronized Acceptance store(InboundMessage message) {
        calls.incrementAndGet();
        if (failuresToInject.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("inbox unavailable (injected)");
        }
        if (stored.containsKey(message.id().value())) {
            return Acceptance.DUPLICATE;
        }
        stored.put(message.id().value(), message);
        onAccepted.accept(message);
        return Acceptance.ACCEPTED;
    }

    /** @param n how many next calls fail */
    public void failNext(int n) {
        failuresToInject.set(n);
    }

    /** @param listener called with every newly accepted message, on the poller thread */
    public void onAccepted(java.util.function.Consumer<InboundMessage> listener) {
        this.onAccepted = listener;
    }

    /** @return the accepted messages in arrival order */
    public synchronized List<InboundMessage> messages() {
        return new ArrayList<>(stored.values());
    }

    /**
     * @param id a message id
     * @return the stored message
     */
    public synchronized InboundMessage byId(String id) {
        InboundMessage m = stored.get(id);
        if (m == null) {
            throw new AssertionError("not stored: " + id + " (stored: " + stored.keySet() + ")");
        }
        return m;
    }

    /** @return how many times {@link #store} was called */
    public int calls() {
        return calls.get();
    }
}
