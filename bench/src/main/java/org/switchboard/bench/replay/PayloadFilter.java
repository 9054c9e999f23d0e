package org.switchboard.bench.replay;

import java.util.Optional;
import java.util.Set;

/**
 * Decides which payloads are customer messages worth replaying: an {@code event_callback} envelope whose event
 * is a {@code message} or {@code app_mention} written by a person — no {@code subtype} (edits, deletions, joins,
 * {@code bot_message}...) and no {@code bot_id} — in a known channel. Anything else would get no answer from the
 * bot by design, so it is skipped rather than counted as unanswered.
 */
public final class PayloadFilter {

    /** The event types that are replayed. */
    public static final Set<String> REPLAYED_EVENT_TYPES = Set.of("message", "app_mention");

    /** Creates the filter. */
    public PayloadFilter() {
    }

    /**
     * Why a payload is not replayed.
     *
     * @param payload a parsed payload
     * @return empty to replay it, else a short human-readable reason such as
     *         {@code "type is url_verification, not event_callback"}
     */
    public Optional<String> skipReason(SlackPayload payload) {
        if (!"event_callback".equals(payload.type())) {
            return Optional.of("type is " + payload.type() + ", not event_callback");
        }
        if (payload.event() == null) {
            return Optional.of("event_callback without an event object");
        }
        if (!REPLAYED_EVENT_TYPES.contains(payload.eventType())) {
            return Optional.of("event type " + payload.eventType() + " is not message or app_mention");
        }
        if (payload.subtype() != null) {
            return Optional.of("message subtype " + payload.subtype() + " (not a customer message)");
        }
        if (payload.botId() != null) {
            return Optional.of("bot message (bot_id " + payload.botId() + ")");
        }
        if (payload.channel() == null || payload.ts() == null) {
            return Optional.of("event without channel or ts");
        }
        return Optional.empty();
    }
}
