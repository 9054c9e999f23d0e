package org.switchboard.slack.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.config.SlackSettings;
import org.switchboard.core.channel.Channel;
import org.switchboard.core.channel.OutboundReply;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.ReplyAuthor;
import org.switchboard.core.channel.ReplyDeliverer;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.slack.approval.ApprovalMessageDeliverer;
import org.switchboard.slack.approval.ApprovalOutboxRef;
import org.switchboard.slack.csat.SlackCsatMessage;
import org.switchboard.core.csat.CsatRefs;
import org.switchboard.slack.events.SlackMessageNormalizer;
import org.switchboard.slack.events.SlackText;

/**
 * Delivers replies to Slack conversations: {@code chat.postMessage} into the stored channel and thread, paced per
 * channel ({@link ChannelPacer}: {@code SLACK_CHANNEL_MESSAGES_PER_SECOND} after {@code SLACK_CHANNEL_BURST}). A reply is
 * plain text: its {@code &}, {@code <} and {@code >} are escaped ({@link SlackText#escape}), so text that came from a
 * customer or a model (say {@code <!channel>} or {@code <https://evil.example|Log in>}) shows as typed and can
 * neither notify, mention nor link. A reply with structure (a cited source, a clarifying question) is rendered by
 * {@link SlackReplies}: mrkdwn with the source as a link, and the question's options as buttons. Approval
 * messages (outbox addresses with {@link ApprovalOutboxRef#KIND}) are handed to {@link ApprovalMessageDeliverer}; a CSAT
 * request ({@link CsatRefs}) goes as the question with five rating buttons ({@link SlackCsatMessage}). A person's reply
 * from the console ({@link ReplyAuthor}) is posted by the bot user under a bold line with the person's name
 * ({@link #nameLine}); Slack's {@code username} override is not used (it needs the {@code chat:write.customize} scope).
 */
@ApplicationScoped
public class SlackReplyDeliverer implements ReplyDeliverer {

    private static final Logger LOG = Logs.logger(SlackReplyDeliverer.class);

    @Inject
    SlackWebApi webApi;

    @Inject
    ApprovalMessageDeliverer approvals;

    @Inject
    SlackSettings settings;

    private volatile ChannelPacer pacer;

    @Override
    public Channel channel() {
        return Channel.SLACK;
    }

    @Override
    public String deliver(OutboundReply reply) throws RetryableDeliveryException, PermanentDeliveryException {
        ApprovalOutboxRef.Kind kind = ApprovalOutboxRef.kindOf(reply.conversation());
        if (kind != null) {
            return approvals.deliver(kind, reply);
        }
        String channel = reply.conversation().attribute(SlackMessageNormalizer.CHANNEL);
        if (channel == null) {
            throw new PermanentDeliveryException("conversation reference has no Slack channel", null);
        }
        try {
            pacer().awaitTurn(channel);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetryableDeliveryException("interrupted while waiting for the channel's turn", null, e);
        }
        String threadTs = reply.conversation().attribute(SlackMessageNormalizer.THREAD_TS);
        Optional<String> csatToken = CsatRefs.token(reply.conversation());
        if (csatToken.isPresent()) {
            return webApi.postMessage(channel, threadTs, SlackCsatMessage.text(), SlackCsatMessage.blocks(csatToken.get()),
                    reply.outboxId());
        }
        if (reply.content() != null) {
            return webApi.postMessage(channel, threadTs, SlackReplies.mrkdwn(reply.content()),
                    SlackReplies.blocks(reply.content()), reply.outboxId());
        }
        return webApi.postMessage(channel, threadTs, ReplyAuthor.of(reply.conversation())
                .map(person -> nameLine(person) + SlackText.escape(reply.text()))
                .orElseGet(() -> SlackText.escape(reply.text())), reply.outboxId());
    }

    /**
     * The line that shows the customer which person wrote a reply posted by the bot user: the display name in bold
     * mrkdwn ({@code *Dana Agent*}) and a line break. The name is escaped and loses mrkdwn's emphasis characters, so it
     * can neither mention, link nor break the bold.
     *
     * @param person the reply's author
     * @return the name line, ending with a line break
     */
    static String nameLine(ReplyAuthor person) {
        return "*" + SlackText.escape(person.displayName()).replaceAll("[*_~`]", "") + "*\n";
    }

    /**
     * Asks Slack whether a reply with this outbox id (message metadata, see {@link SlackWebApi#postMessage}) is
     * already in its thread or channel. Approval messages, and conversations Slack will not let us read
     * ({@code missing_scope}, {@code not_in_channel}, ...), cannot be checked: then the reply is sent again.
     *
     * @param reply the reply
     * @param since when its first unconfirmed attempt started
     * @return the message's {@code ts} when Slack has it
     * @throws RetryableDeliveryException when Slack cannot be asked now (rate limit, timeout)
     */
    @Override
    public Optional<String> findDelivered(OutboundReply reply, Instant since) throws RetryableDeliveryException {
        String channel = reply.conversation().attribute(SlackMessageNormalizer.CHANNEL);
        if (channel == null || ApprovalOutboxRef.kindOf(reply.conversation()) != null) {
            return Optional.empty();
        }
        try {
            return webApi.findReply(channel, reply.conversation().attribute(SlackMessageNormalizer.THREAD_TS), since,
                    reply.outboxId());
        } catch (PermanentDeliveryException e) {
            LOG.warning(() -> "Cannot check whether outbox entry " + reply.outboxId() + " reached Slack channel "
                    + channel + " (" + e.getMessage() + "); sending it again");
            return Optional.empty();
        }
    }

    private ChannelPacer pacer() {
        ChannelPacer current = pacer;
        if (current == null) {
            synchronized (this) {
                if (pacer == null) {
                    pacer = new ChannelPacer(settings.channelMessagesPerSecond(), settings.channelBurst());
                }
                current = pacer;
            }
        }
        return current;
    }
}
