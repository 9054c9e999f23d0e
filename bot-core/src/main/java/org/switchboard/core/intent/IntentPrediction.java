package org.switchboard.core.intent;

import java.util.Objects;

/**
 * What the classifier makes of one message.
 *
 * @param intent     the most probable intent among those trained, never null (also when {@code outOfScope}: then
 *                   it is only the best guess and must not be acted upon)
 * @param confidence the model's probability of {@code intent}, in [0, 1] (softmax over the trained intents)
 * @param outOfScope true when {@code confidence} is below the classifier's calibrated threshold, or the text has no
 *                   word at all: the message matches none of the intents well enough, so the bot should say it does
 *                   not know (and offer a human) rather than guess
 */
public record IntentPrediction(String intent, double confidence, boolean outOfScope) {
    /**
     * Checks the components.
     *
     * @param intent see the record description
     * @param confidence see the record description
     * @param outOfScope see the record description
     * @throws NullPointerException     if intent is null
     * @throws IllegalArgumentException if confidence is not within [0, 1]
     */
    public IntentPrediction {
        Objects.requireNonNull(intent, "intent");
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
