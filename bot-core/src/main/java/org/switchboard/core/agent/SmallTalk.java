package org.switchboard.core.agent;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognizes short greetings, thanks and goodbyes (English), so they get a short polite answer instead of a
 * knowledge-base search. Only whole short messages count: "Hi, my card was stolen" is not small talk.
 */
public final class SmallTalk {

    /** The kinds of small talk recognized. */
    public enum Kind {
        /** "hi", "hello there", "good morning". */
        GREETING,
        /** "thanks", "thank you so much". */
        THANKS,
        /** "bye", "that's all". */
        GOODBYE
    }

    private static final String FILLER = "(?:\\s+(?:there|team|all|everyone|folks|guys|bot|switchboard|again|so much|a lot|very much|a bunch|you|for (?:the|your) help|for helping))*";
    private static final Pattern GREETING = Pattern.compile(
            "(?:hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening)|yo)" + FILLER);
    private static final Pattern THANKS = Pattern.compile(
            "(?:thanks|thank you|thx|ty|cheers|many thanks|much appreciated|great,? thanks|ok,? thanks|perfect,? thanks)" + FILLER);
    private static final Pattern GOODBYE = Pattern.compile(
            "(?:bye|goodbye|see you|that'?s all|that is all|nothing else|have a (?:good|nice) day)" + FILLER);
    private static final Pattern TRAILING = Pattern.compile("[\\s!.,?:)(😀🙂👍🙏]+$");

    private SmallTalk() {
    }

    /**
     * @param text cleaned customer text
     * @return the kind of small talk, or empty when the text asks for something
     */
    public static Optional<Kind> classify(String text) {
        String t = TRAILING.matcher(text.toLowerCase(Locale.ROOT).strip()).replaceAll("");
        if (t.length() > 60) {
            return Optional.empty();
        }
        if (GREETING.matcher(t).matches()) {
            return Optional.of(Kind.GREETING);
        }
        if (THANKS.matcher(t).matches()) {
            return Optional.of(Kind.THANKS);
        }
        if (GOODBYE.matcher(t).matches()) {
            return Optional.of(Kind.GOODBYE);
        }
        return Optional.empty();
    }

    /**
     * @param kind a kind of small talk
     * @return the short polite answer for it
     */
    public static String answer(Kind kind) {
        return switch (kind) {
            case GREETING -> "Hello! I'm the support assistant. Ask me a question about your account, cards or payments, "
                    + "and I'll find the answer or get a person to help.";
            case THANKS -> "You're welcome! If anything else comes up, just write here.";
            case GOODBYE -> "Thanks for getting in touch. Have a good day!";
        };
    }
}
