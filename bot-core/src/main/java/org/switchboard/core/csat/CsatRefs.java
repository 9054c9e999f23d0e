package org.switchboard.core.csat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.switchboard.core.channel.ConversationRef;

/**
 * Marks an outbox address as a CSAT request: the conversation's own {@link ConversationRef} with the attribute
 * {@value #TOKEN} holding the request's token. A channel's deliverer that finds it renders the rating question its
 * own way (Slack buttons, a Teams Adaptive Card); a channel that ignores it sends the plain text, which names the
 * email links ({@link CsatQuestion#plainText}).
 */
public final class CsatRefs {

    /** The attribute naming the request's token. */
    public static final String TOKEN = "csat_token";

    private CsatRefs() {
    }

    /**
     * @param conversation the conversation's address
     * @param token        the request's token
     * @return the same address marked as a CSAT request
     */
    public static ConversationRef asking(ConversationRef conversation, String token) {
        Map<String, String> attributes = new HashMap<>(conversation.attributes());
        attributes.put(TOKEN, token);
        return new ConversationRef(conversation.channel(), conversation.key(), attributes);
    }

    /**
     * @param ref an outbox address
     * @return the CSAT token when the address is a CSAT request
     */
    public static Optional<String> token(ConversationRef ref) {
        return Optional.ofNullable(ref.attribute(TOKEN));
    }
}
