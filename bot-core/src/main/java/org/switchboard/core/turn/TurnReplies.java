package org.switchboard.core.turn;

/** The pipeline's own polite replies, for when no agent runs. */
final class TurnReplies {

    static final String EMPTY = "I didn't receive any text in your message. Could you type your question? "
            + "(Files and images aren't read by the assistant.)";

    static final String FALLBACK = "Sorry, something went wrong on our side while handling your message. "
            + "It is saved, and a person from our support team will look at it.";

    /**
     * Sent once when a turn is put off because the language model is at capacity; the real answer follows in the
     * same conversation when the turn runs again.
     */
    static final String BUSY = "Thanks for your message! We're helping a lot of customers right now, so my answer "
            + "will take a few minutes. Your message is saved and I'll reply here as soon as I can; there's no need "
            + "to send it again.";

    static final String GARBAGE = "Sorry, I couldn't make sense of that message. Could you write your question in "
            + "a sentence or two?";

    static final String INJECTION = "I can't change how I work or share my instructions, but I'm happy to help with "
            + "a question about your account, orders or our services.";

    private TurnReplies() {
    }

    static String tooLong(int length, int max) {
        return "Your message is " + length + " characters long, which is more than I can read (at most " + max
                + "). Could you send a shorter version with the main question?";
    }
}
