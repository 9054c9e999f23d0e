package org.switchboard.core.intent;

import java.util.Objects;

/**
 * One training example for the intent classifier: a customer message and the intent it expresses.
 *
 * @param text   the message as the customer wrote it, any length (only the first
 *               {@value IntentClassifier#MAX_TEXT_CHARS} characters are used), not null
 * @param intent the intent label, e.g. {@code card_arrival}; not blank. The trainer's
 *               {@link IntentTrainingOptions#outOfScopeLabel()} (by default {@code oos}) marks a message that
 *               expresses none of the intents: such examples only calibrate the out-of-scope threshold
 */
public record LabelledExample(String text, String intent) {
    /**
     * Checks the components.
     *
     * @param text see the record description
     * @param intent see the record description
     * @throws NullPointerException     if text or intent is null
     * @throws IllegalArgumentException if intent is blank
     */
    public LabelledExample {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(intent, "intent");
        if (intent.isBlank()) {
            throw new IllegalArgumentException("intent label must not be blank");
        }
    }
}
