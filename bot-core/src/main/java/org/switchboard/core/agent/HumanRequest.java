package org.switchboard.core.agent;

import java.util.Locale;
import java.util.regex.Pattern;

/** Recognizes a customer asking for a person ("talk to a human", "real agent please"). English. */
public final class HumanRequest {

    private static final Pattern ASKS_FOR_HUMAN = Pattern.compile(
            "\\b(?:talk|speak|chat|connect me|put me through|transfer me|get me)\\b.{0,30}\\b(?:human|person|someone|somebody|agent|representative|operator|staff)\\b"
                    + "|\\b(?:need|want)\\s+(?:an?\\s+)?(?:human|real person|live agent|real agent|representative|operator)\\b"
                    + "|^\\W*(?:an? )?(?:human|person|real person|agent|live agent|real agent|representative|operator)\\b\\s*(?:please|pls|now)?\\s*[.!?]*$");

    private HumanRequest() {
    }

    /**
     * @param text cleaned customer text
     * @return whether the customer asks for a human
     */
    public static boolean matches(String text) {
        return ASKS_FOR_HUMAN.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
