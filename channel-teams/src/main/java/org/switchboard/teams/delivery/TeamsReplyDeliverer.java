package org.switchboard.teams.delivery;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.List;
import java.util.Optional;
import org.switchboard.core.csat.CsatRefs;
import org.switchboard.teams.csat.TeamsCsatCards;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.TextFormatTypes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.ConversationRef;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.ReplyAuthor;
import org.switchboard.core.channel.ReplyDeliverer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.teams.activity.ActivityJson;
import org.switchboard.teams.activity.TeamsRefs;
import org.switchboard.teams.approval.ApprovalCardDeliverer;
import org.switchboard.teams.approval.ApprovalCardRef;

/**
 * Delivers replies into Teams conversations: a {@code message} activity (Markdown text in which {@link TeamsText}
 * neutralises what could open a tag or an entity without writing entities, so no HTML from a customer or a model
 * reaches Teams as markup and no {@code &gt;} shows as text; a reply with structure rendered by {@link TeamsReplies},
 * a clarifying question as an Adaptive Card with a button per option) posted through the Bot
 * Connector to the stored {@code serviceUrl} and conversation, as a reply to the stored activity id when there is
 * one (a threaded reply in channels), else as a new message (proactive, e.g. the welcome or an approval outcome
 * after a restart). Approvers' Adaptive Cards (addresses from {@link ApprovalCardRef}) are handed to
 * {@link ApprovalCardDeliverer}. A CSAT request ({@link CsatRefs}) goes as an Adaptive Card with five
 * {@code Action.Execute} rating buttons ({@link TeamsCsatCards}). A person's reply from the console
 * ({@link ReplyAuthor}) is sent by the bot under a bold line with the person's name ({@link #nameLine}).
 */
@ApplicationScoped
public class TeamsReplyDeliverer implements ReplyDeliverer {

    @Inject
    BotConnectorClient connector;

    @Inject
    ApprovalCardDeliverer approvalCards;

    @Override
    public Channel channel() {
        return Channel.TEAMS;
    }

    @Override
    public String deliver(OutboundReply reply) throws RetryableDeliveryException, PermanentDeliveryException {
        ConversationRef ref = reply.conversation();
        if (ApprovalCardRef.isApprovalCard(ref)) {
            return approvalCards.deliver(reply);
        }
        String serviceUrl = ref.attribute(TeamsRefs.SERVICE_URL);
        String conversationId = ref.attribute(TeamsRefs.CONVERSATION_ID);
        if (serviceUrl == null || conversationId == null) {
            throw new PermanentDeliveryException("conversation reference has no Teams serviceUrl or conversation id", null);
        }
        String replyToId = ref.attribute(TeamsRefs.ACTIVITY_ID);
        return connector.postActivity(serviceUrl, conversationId, replyToId, ActivityJson.write(activity(reply, ref)));
    }

    /**
     * The line that shows the customer which person wrote a reply the bot sends: the display name in bold Markdown
     * ({@code **Dana Agent**}) and a paragraph break. The name loses Markdown's emphasis characters and cannot open a
     * tag.
     *
     * @param person the reply's author
     * @return the name line, ending with a blank line
     */
    static String nameLine(ReplyAuthor person) {
        return "**" + TeamsText.neutralizeMarkup(person.displayName().replaceAll("[*_~`]", "")) + "**\n\n";
    }

    /**
     * @param reply the reply
     * @param ref   its conversation reference
     * @return the message activity sent to the Bot Connector
     */
    static Activity activity(OutboundReply reply, ConversationRef ref) {
        Activity activity = Activity.createMessageActivity();
        Optional<String> csatToken = CsatRefs.token(ref);
        if (csatToken.isPresent()) {
            Attachment card = new Attachment();
            card.setContentType(TeamsReplies.CARD);
            card.setContent(TeamsCsatCards.question(csatToken.get()));
            activity.setAttachments(List.of(card));
        } else if (reply.content() != null && reply.content().asksToChoose()) {
            Attachment card = new Attachment();
            card.setContentType(TeamsReplies.CARD);
            card.setContent(TeamsReplies.choiceCard(reply.content()));
            activity.setAttachments(List.of(card));
            activity.setText(TeamsReplies.question(reply.content()));
            activity.setTextFormat(TextFormatTypes.MARKDOWN);
        } else {
            activity.setText(reply.content() != null ? TeamsReplies.markdown(reply.content())
                    : ReplyAuthor.of(ref).map(person -> nameLine(person) + TeamsText.neutralizeMarkup(reply.text()))
                            .orElseGet(() -> TeamsText.neutralizeMarkup(reply.text())));
            activity.setTextFormat(TextFormatTypes.MARKDOWN);
        }
        activity.setChannelId("msteams");
        activity.setServiceUrl(ref.attribute(TeamsRefs.SERVICE_URL));
        activity.setReplyToId(ref.attribute(TeamsRefs.ACTIVITY_ID));
        ConversationAccount conversation = new ConversationAccount(ref.attribute(TeamsRefs.CONVERSATION_ID));
        conversation.setTenantId(ref.attribute(TeamsRefs.TENANT_ID));
        activity.setConversation(conversation);
        if (ref.attribute(TeamsRefs.BOT_ID) != null) {
            activity.setFrom(new ChannelAccount(ref.attribute(TeamsRefs.BOT_ID), ref.attribute(TeamsRefs.BOT_NAME)));
        }
        return activity;
    }
}
