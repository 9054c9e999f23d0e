package org.switchboard.teams.activity;

import java.util.Objects;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;

/** What one verified Bot Framework activity means for Switchboard; produced by {@link ActivityNormalizer}. */
public sealed interface TeamsActivity {

    /**
     * A customer message the bot answers: it goes into the core inbox (deduped on the activity id).
     *
     * @param message the normalized message
     */
    record CustomerMessage(InboundMessage message) implements TeamsActivity {
        /** @throws NullPointerException if message is null */
        public CustomerMessage {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The bot was added to a personal chat, group chat or team ({@code conversationUpdate} with the bot in
     * {@code membersAdded}): it says hello once per conversation.
     *
     * @param conversation where to post the welcome
     * @param installer    who added the bot (the activity's {@code from})
     * @param activityId   the activity id, for logs
     */
    record BotAdded(ConversationRef conversation, SenderIdentity installer, String activityId) implements TeamsActivity {
    }

    /**
     * An Adaptive Card Universal Action ({@code invoke} named {@code adaptiveCard/action}, {@code Action.Execute}).
     *
     * @param conversation where the card is
     * @param actorAadObjectId the clicking user's Microsoft Entra object id, or null when Teams sent none
     * @param actorName  the user's display name, or null
     * @param verb       the action's {@code verb}, or null
     * @param approvalId the {@code data.approvalId} as a number, or null when absent or not a number
     * @param reason     the {@code data.reason} text, or null
     * @param csatToken  the {@code data.csatToken} of a CSAT card, or null
     * @param score      the {@code data.score} of a CSAT card (1 to 5), or null when absent or out of range
     */
    record CardAction(ConversationRef conversation, String actorAadObjectId, String actorName, String verb,
                      Long approvalId, String reason, String csatToken, Integer score) implements TeamsActivity {
    }

    /**
     * An {@code invoke} this bot does not implement (message extensions, tabs, task modules, sign-in): the endpoint
     * answers 501 like the SDK's ActivityHandler does.
     *
     * @param name the invoke's {@code name}
     */
    record UnsupportedInvoke(String name) implements TeamsActivity {
    }

    /**
     * An activity that gets no reply and is not stored (reactions, typing, edits, channel events, the bot's own
     * messages, activities without an id or service URL).
     *
     * @param reason why, for the log
     */
    record Ignored(String reason) implements TeamsActivity {
    }
}
