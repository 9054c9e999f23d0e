package org.switchboard.teams.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.Mention;
import com.microsoft.bot.schema.Serialization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.jsoup.parser.Parser;
import java.util.regex.Pattern;
import org.switchboard.core.channel.Attachment;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.ExternalMessageId;
import org.switchboard.core.channel.InboundMessage;
import org.switchboard.core.channel.SenderIdentity;

/**
 * Decides what a verified Bot Framework activity means (see {@link TeamsActivity}) and turns customer messages into
 * core {@link InboundMessage}s.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code message} with an {@code id}, {@code serviceUrl}, {@code conversation.id} and a sender other than the
 *       bot: a customer message. Text: {@code <at>…</at>} mentions of the bot ({@code recipient.id}, or its name
 *       when no entity names it) removed, other mentions kept as the plain name, leading and trailing whitespace
 *       removed; a message without text whose {@code value} is a clarifying question's option ({@code Action.Submit})
 *       has the option's label as text. Attachments: every attachment except the
 *       {@code text/html} rendition of the message body that Teams adds, listed by name and content type.</li>
 *   <li>{@code conversationUpdate} with the bot among {@code membersAdded}: {@link TeamsActivity.BotAdded}.</li>
 *   <li>{@code invoke} named {@code adaptiveCard/action}: {@link TeamsActivity.CardAction}; any other invoke:
 *       {@link TeamsActivity.UnsupportedInvoke}.</li>
 *   <li>Everything else ({@code messageReaction}, {@code typing}, {@code messageUpdate}, channel and team events,
 *       meeting events...): {@link TeamsActivity.Ignored}.</li>
 * </ul>
 * Conversation key: the conversation id ({@code sha256:} hash when longer than 255 characters). Sender:
 * {@code tenant:aadObjectId} (or {@code tenant:from.id} when Teams sends no AAD object id), tenant {@code -} when
 * unknown, so the same person is the same customer in every chat and can be linked to Slack and email identities.
 */
public final class ActivityNormalizer {

    /** The invoke name of Adaptive Card Universal Actions ({@code Action.Execute}). */
    public static final String ADAPTIVE_CARD_ACTION = "adaptiveCard/action";

    /** Key of the option's number in a clarifying question's button data (see channel-teams' TeamsReplies). */
    public static final String CHOICE = "knowledgeChoice";
    /** Key of the option's label in that data. */
    public static final String LABEL = "label";

    private static final Pattern AT_TAG = Pattern.compile("<at>(.*?)</at>", Pattern.DOTALL);
    /** Stands for a removed bot mention until the spaces around it are joined; never kept in the result. */
    private static final String REMOVED_MARK = "\u0000";
    /** A removed mention right before punctuation ({@code "hi @bot, ..."}): goes with the spaces before it. */
    private static final Pattern REMOVED_BEFORE_PUNCTUATION = Pattern.compile("[ \t]*\u0000[ \t]*(?=[,.;:!?])");
    /** A removed mention elsewhere: it and the spaces around it become one space (stripped at the ends). */
    private static final Pattern REMOVED = Pattern.compile("[ \t]*\u0000[ \t]*");

    private ActivityNormalizer() {
    }

    /**
     * @param activity   a parsed, verified activity
     * @param rawBody    the request body as received (kept for audit)
     * @param receivedAt when the request arrived
     * @return what the activity means; never null
     */
    public static TeamsActivity normalize(Activity activity, String rawBody, Instant receivedAt) {
        String type = activity.getType();
        if (type == null || type.isBlank()) {
            return new TeamsActivity.Ignored("no activity type");
        }
        return switch (type) {
            case ActivityTypes.MESSAGE -> message(activity, rawBody, receivedAt);
            case ActivityTypes.CONVERSATION_UPDATE -> conversationUpdate(activity);
            case ActivityTypes.INVOKE -> invoke(activity);
            case ActivityTypes.MESSAGE_REACTION -> new TeamsActivity.Ignored("reactions get no reply");
            default -> new TeamsActivity.Ignored("activity type " + type + " gets no reply");
        };
    }

    private static TeamsActivity message(Activity a, String rawBody, Instant receivedAt) {
        String missing = missingCoordinates(a);
        if (missing != null) {
            return new TeamsActivity.Ignored(missing);
        }
        if (isFromBot(a)) {
            return new TeamsActivity.Ignored("the bot's own message");
        }
        return new TeamsActivity.CustomerMessage(new InboundMessage(
                new ExternalMessageId(TeamsRefs.messageKey(a.getConversation().getId(), a.getId())),
                conversationRef(a, a.getId()),
                sender(a),
                textOrChoice(a),
                attachments(a),
                receivedAt,
                rawBody));
    }

    private static TeamsActivity conversationUpdate(Activity a) {
        ChannelAccount bot = a.getRecipient();
        List<ChannelAccount> added = a.getMembersAdded();
        boolean botAdded = bot != null && bot.getId() != null && added != null
                && added.stream().anyMatch(m -> m != null && bot.getId().equals(m.getId()));
        if (!botAdded) {
            return new TeamsActivity.Ignored("conversationUpdate without the bot being added");
        }
        String missing = missingCoordinates(a);
        if (missing != null) {
            return new TeamsActivity.Ignored(missing);
        }
        return new TeamsActivity.BotAdded(conversationRef(a, null), sender(a), a.getId());
    }

    private static TeamsActivity invoke(Activity a) {
        String name = a.getName() == null ? "" : a.getName();
        if (!ADAPTIVE_CARD_ACTION.equals(name)) {
            return new TeamsActivity.UnsupportedInvoke(name);
        }
        String missing = missingCoordinates(a);
        if (missing != null) {
            return new TeamsActivity.Ignored(missing);
        }
        JsonNode value = a.getValue() == null ? null : Serialization.objectToTree(a.getValue());
        JsonNode action = value == null ? null : value.get("action");
        String verb = action != null && action.hasNonNull("verb") ? action.get("verb").asText() : null;
        JsonNode data = action == null ? null : action.get("data");
        Long approvalId = data != null && data.hasNonNull("approvalId") && data.get("approvalId").canConvertToLong()
                && (data.get("approvalId").isIntegralNumber() || data.get("approvalId").asText().matches("\\d{1,18}"))
                ? Long.valueOf(data.get("approvalId").asText()) : null;
        String reason = data != null && data.hasNonNull("reason") ? data.get("reason").asText() : null;
        String csatToken = data != null && data.hasNonNull("csatToken") ? data.get("csatToken").asText() : null;
        Integer score = data != null && data.hasNonNull("score") && data.get("score").asText().matches("[1-5]")
                ? Integer.valueOf(data.get("score").asText()) : null;
        ChannelAccount from = a.getFrom();
        return new TeamsActivity.CardAction(conversationRef(a, a.getReplyToId()),
                from == null ? null : from.getAadObjectId(), from == null ? null : from.getName(), verb, approvalId,
                reason, csatToken, score);
    }

    private static String missingCoordinates(Activity a) {
        if (a.getId() == null || a.getId().isBlank()) {
            return "no activity id";
        }
        if (a.getServiceUrl() == null || a.getServiceUrl().isBlank()) {
            return "no serviceUrl";
        }
        if (a.getConversation() == null || a.getConversation().getId() == null || a.getConversation().getId().isBlank()) {
            return "no conversation id";
        }
        if (a.getFrom() == null || a.getFrom().getId() == null || a.getFrom().getId().isBlank()) {
            return "no sender";
        }
        return null;
    }

    private static boolean isFromBot(Activity a) {
        ChannelAccount from = a.getFrom();
        ChannelAccount bot = a.getRecipient();
        return bot != null && bot.getId() != null && bot.getId().equals(from.getId());
    }

    /**
     * @param a          the activity
     * @param replyToId  the activity a reply answers, or null for a proactive post (welcome)
     */
    private static ConversationRef conversationRef(Activity a, String replyToId) {
        ConversationAccount conversation = a.getConversation();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(TeamsRefs.SERVICE_URL, a.getServiceUrl());
        attributes.put(TeamsRefs.CONVERSATION_ID, conversation.getId());
        attributes.put(TeamsRefs.ACTIVITY_ID, replyToId);
        if (a.getRecipient() != null) {
            attributes.put(TeamsRefs.BOT_ID, a.getRecipient().getId());
            attributes.put(TeamsRefs.BOT_NAME, a.getRecipient().getName());
        }
        attributes.put(TeamsRefs.TENANT_ID, tenant(a));
        attributes.put(TeamsRefs.CONVERSATION_TYPE, conversation.getConversationType());
        return new ConversationRef(Channel.TEAMS, TeamsRefs.fitting(conversation.getId(), ConversationRef.MAX_KEY_LENGTH),
                attributes);
    }

    private static String tenant(Activity a) {
        ConversationAccount conversation = a.getConversation();
        if (conversation != null && conversation.getTenantId() != null && !conversation.getTenantId().isBlank()) {
            return conversation.getTenantId();
        }
        try {
            var channelData = a.teamsGetChannelData();
            if (channelData != null && channelData.getTenant() != null && channelData.getTenant().getId() != null
                    && !channelData.getTenant().getId().isBlank()) {
                return channelData.getTenant().getId();
            }
        } catch (RuntimeException e) {
            // channelData that is not Teams' shape: no tenant from it
        }
        return null;
    }

    private static SenderIdentity sender(Activity a) {
        ChannelAccount from = a.getFrom();
        String tenant = tenant(a);
        String person = from.getAadObjectId() != null && !from.getAadObjectId().isBlank()
                ? from.getAadObjectId() : from.getId();
        String id = (tenant == null ? "-" : tenant) + ":" + person;
        return new SenderIdentity(TeamsRefs.fitting(id, 255), from.getName());
    }

    /**
     * @param a a message activity
     * @return its text with the bot's mentions removed (found through the {@code mention} entities naming
     *         {@code recipient.id}, and, for clients that send no entity, an {@code <at>} tag holding the bot's
     *         name), the spaces around a removed mention joined, other {@code <at>} tags reduced to the name (with
     *         the HTML entities Teams escapes in it decoded), trimmed; empty when there is no text
     */
    static String text(Activity a) {
        String text = a.getText();
        if (text == null || text.isBlank()) {
            return "";
        }
        text = text.replace(REMOVED_MARK, "");
        ChannelAccount bot = a.getRecipient();
        String botId = bot == null ? null : bot.getId();
        List<Mention> mentions;
        try {
            mentions = a.getMentions();
        } catch (RuntimeException e) {
            mentions = List.of();
        }
        if (botId != null && mentions != null) {
            for (Mention mention : mentions) {
                if (mention != null && mention.getMentioned() != null && botId.equals(mention.getMentioned().getId())) {
                    String tag = mention.getText() != null && !mention.getText().isBlank() ? mention.getText()
                            : "<at>" + mention.getMentioned().getName() + "</at>";
                    text = text.replace(tag, REMOVED_MARK);
                }
            }
        }
        String botName = bot == null || bot.getName() == null || bot.getName().isBlank() ? null : bot.getName().strip();
        Matcher m = AT_TAG.matcher(text);
        text = m.replaceAll(r -> {
            String name = decodeEntities(r.group(1)).strip();
            boolean isBot = botName != null && (name.equalsIgnoreCase(botName) || name.equalsIgnoreCase("@" + botName));
            return Matcher.quoteReplacement(isBot ? REMOVED_MARK : name);
        });
        text = REMOVED_BEFORE_PUNCTUATION.matcher(text).replaceAll("");
        return REMOVED.matcher(text).replaceAll(" ").strip();
    }

    /** The entities HTML escaping produces in a mention's display name ({@code &amp;}, {@code &#39;}, ...). */
    private static String decodeEntities(String name) {
        return Parser.unescapeEntities(name, false).replace('\u00a0', ' ');
    }

    /**
     * @param a a message activity
     * @return its {@link #text}; when it has none and its {@code value} is the data of a clarifying question's
     *         option button ({@code {"knowledgeChoice": n, "label": "<title>"}}, an {@code Action.Submit}), the
     *         option's label, as if the customer had typed it; else empty
     */
    static String textOrChoice(Activity a) {
        String text = text(a);
        if (!text.isEmpty() || a.getValue() == null) {
            return text;
        }
        JsonNode value;
        try {
            value = Serialization.objectToTree(a.getValue());
        } catch (RuntimeException e) {
            return "";
        }
        if (value != null && value.isObject() && value.has(CHOICE) && value.path(LABEL).isTextual()) {
            return value.get(LABEL).asText().strip();
        }
        return "";
    }

    private static List<Attachment> attachments(Activity a) {
        List<Attachment> listed = new ArrayList<>();
        if (a.getAttachments() == null) {
            return listed;
        }
        for (com.microsoft.bot.schema.Attachment att : a.getAttachments()) {
            if (att == null) {
                continue;
            }
            boolean bodyRendition = "text/html".equalsIgnoreCase(att.getContentType()) && att.getName() == null
                    && att.getContentUrl() == null;
            if (!bodyRendition) {
                listed.add(new Attachment(att.getName(), att.getContentType(), -1));
            }
        }
        return listed;
    }
}
