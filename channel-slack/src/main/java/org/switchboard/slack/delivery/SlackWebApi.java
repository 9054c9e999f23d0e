package org.switchboard.slack.delivery;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.sdk.SlackSdkResources;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.response.conversations.ConversationsHistoryResponse;
import com.slack.api.methods.response.conversations.ConversationsRepliesResponse;
import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.switchboard.core.channel.PermanentDeliveryException;
import org.switchboard.core.channel.RetryableDeliveryException;
import org.switchboard.slack.config.SlackSettings;

/**
 * The Slack Web API calls the bot makes, through the Java Slack SDK's {@code MethodsClient}, with
 * MicroProfile Fault Tolerance: 10 s timeout; up to 2 immediate retries (200 ms backoff, doubling is left to the
 * outbox) for {@link SlackTransientException}; a circuit breaker that opens after 10 calls with 75 % failures and
 * half-opens after 10 s. Rate limits (429) and permanent errors are not retried here.
 */
@ApplicationScoped
public class SlackWebApi {

    private static final Logger LOG = Logs.logger(SlackWebApi.class);

    @Inject
    SlackSettings settings;

    private SlackConfig config;
    private Slack slack;

    @PostConstruct
    void init() {
        config = SlackSdkResources.newConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        config.setPrettyResponseLoggingEnabled(false);
        slack = Slack.getInstance(config);
    }

    @PreDestroy
    void close() {
        if (slack != null) {
            try {
                slack.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing the Slack client failed", e);
            }
        }
        SlackSdkResources.close(config);
    }

    /** {@code event_type} of the message metadata that marks a reply with its outbox entry. */
    public static final String REPLY_EVENT_TYPE = "switchboard_reply";

    /** Key of the outbox entry's id in the reply's metadata {@code event_payload}. */
    public static final String OUTBOX_ID = "outbox_id";

    /**
     * Posts a reply ({@code chat.postMessage}) marked with message metadata ({@value #REPLY_EVENT_TYPE},
     * {@code {"outbox_id": N}}), so {@link #findReply} can tell later whether it arrived. Not retried within the
     * call: a timeout or I/O error may hide a posted message, and the outbox checks before sending again.
     *
     * @param channel  channel id
     * @param threadTs thread root ts, or null to post at the top level
     * @param text     the message text (Slack mrkdwn)
     * @param outboxId the outbox entry the reply belongs to
     * @return the posted message's {@code ts}
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses the message for good or no bot token is configured
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String postMessage(String channel, String threadTs, String text, long outboxId)
            throws RetryableDeliveryException, PermanentDeliveryException {
        return postMessage(channel, threadTs, text, List.of(), outboxId);
    }

    /**
     * Posts a reply like {@link #postMessage(String, String, String, long)}, with Block Kit blocks (e.g. the buttons
     * of a clarifying question); {@code text} is then the notification and fallback text.
     *
     * @param channel  channel id
     * @param threadTs thread root ts, or null to post at the top level
     * @param text     the message text (Slack mrkdwn)
     * @param blocks   the layout blocks, or an empty list for a text-only message
     * @param outboxId the outbox entry the reply belongs to
     * @return the posted message's {@code ts}
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses the message for good or no bot token is configured
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String postMessage(String channel, String threadTs, String text, List<LayoutBlock> blocks, long outboxId)
            throws RetryableDeliveryException, PermanentDeliveryException {
        Message.Metadata metadata = Message.Metadata.builder().eventType(REPLY_EVENT_TYPE)
                .eventPayload(Map.of(OUTBOX_ID, outboxId)).build();
        return call("chat.postMessage", methods -> methods.chatPostMessage(r -> {
            r.channel(channel).threadTs(threadTs).text(text).metadata(metadata);
            return blocks.isEmpty() ? r : r.blocks(blocks);
        })).getTs();
    }

    /**
     * Looks for a reply posted by {@link #postMessage} in a thread ({@code conversations.replies}) or at the top
     * level of a channel ({@code conversations.history}), with {@code include_all_metadata}, from {@code since}
     * on, following the cursor for up to {@value #MAX_PAGES} pages of 200 messages.
     *
     * @param channel  channel id
     * @param threadTs thread root ts, or null for the channel's top level
     * @param since    the reply cannot be older (the first attempt's start; one minute of clock skew is allowed)
     * @param outboxId the outbox entry
     * @return the message's {@code ts} when found
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses for good ({@code missing_scope}, ...)
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 0, retryOn = SlackTransientException.class,
            abortOn = PermanentDeliveryException.class)
    public Optional<String> findReply(String channel, String threadTs, Instant since, long outboxId)
            throws RetryableDeliveryException, PermanentDeliveryException {
        Instant from = since.minusSeconds(60);
        String oldest = from.getEpochSecond() + "." + String.format("%06d", from.getNano() / 1000);
        String cursor = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String pageCursor = cursor;
            List<Message> messages;
            if (threadTs != null) {
                ConversationsRepliesResponse replies = call("conversations.replies", methods -> methods.conversationsReplies(
                        r -> r.channel(channel).ts(threadTs).oldest(oldest).includeAllMetadata(true).limit(200)
                                .cursor(pageCursor)));
                messages = replies.getMessages();
                cursor = replies.getResponseMetadata() == null ? null : replies.getResponseMetadata().getNextCursor();
            } else {
                ConversationsHistoryResponse history = call("conversations.history", methods -> methods.conversationsHistory(
                        r -> r.channel(channel).oldest(oldest).includeAllMetadata(true).limit(200).cursor(pageCursor)));
                messages = history.getMessages();
                cursor = history.getResponseMetadata() == null ? null : history.getResponseMetadata().getNextCursor();
            }
            Optional<String> found = (messages == null ? List.<Message>of() : messages).stream()
                    .filter(m -> isReply(m, outboxId)).map(Message::getTs).findFirst();
            if (found.isPresent() || cursor == null || cursor.isBlank()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static final int MAX_PAGES = 5;

    private static boolean isReply(Message message, long outboxId) {
        Message.Metadata metadata = message.getMetadata();
        if (metadata == null || !REPLY_EVENT_TYPE.equals(metadata.getEventType()) || metadata.getEventPayload() == null) {
            return false;
        }
        Object id = metadata.getEventPayload().get(OUTBOX_ID);
        return id instanceof Number n ? n.longValue() == outboxId : String.valueOf(outboxId).equals(String.valueOf(id));
    }

    /**
     * Posts a Block Kit message at the top level of a channel ({@code chat.postMessage} with {@code blocks}).
     *
     * @param channel channel id
     * @param text    the notification / fallback text (Slack mrkdwn)
     * @param blocks  the layout blocks (at most 50, Slack's limit)
     * @return the posted message's {@code ts}
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses the message for good or no bot token is configured
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 0, retryOn = SlackTransientException.class,
            abortOn = PermanentDeliveryException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String postBlocks(String channel, String text, List<LayoutBlock> blocks)
            throws RetryableDeliveryException, PermanentDeliveryException {
        return call("chat.postMessage", methods -> methods.chatPostMessage(r -> r.channel(channel).text(text)
                .blocks(blocks))).getTs();
    }

    /**
     * Replaces a message the bot posted ({@code chat.update}), e.g. an approval message's buttons by the decision.
     *
     * @param channel channel id of the message
     * @param ts      the message's {@code ts}
     * @param text    the new notification / fallback text
     * @param blocks  the new layout blocks (an empty list removes the old ones)
     * @return the updated message's {@code ts}
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses for good ({@code message_not_found},
     *                                    {@code cant_update_message}, ...) or no bot token is configured
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 0, retryOn = SlackTransientException.class,
            abortOn = PermanentDeliveryException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String updateMessage(String channel, String ts, String text, List<LayoutBlock> blocks)
            throws RetryableDeliveryException, PermanentDeliveryException {
        return call("chat.update", methods -> methods.chatUpdate(r -> r.channel(channel).ts(ts).text(text)
                .blocks(blocks))).getTs();
    }

    /**
     * Shows a message to one user only ({@code chat.postEphemeral}), e.g. why their button click was refused.
     *
     * @param channel channel id the user is in
     * @param user    the user's id
     * @param text    the message text (Slack mrkdwn)
     * @return the ephemeral message's {@code message_ts}
     * @throws RetryableDeliveryException on rate limits (with Retry-After) and transient failures
     * @throws PermanentDeliveryException when Slack refuses for good ({@code user_not_in_channel}, ...) or no bot
     *                                    token is configured
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 0, retryOn = SlackTransientException.class,
            abortOn = PermanentDeliveryException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS,
            skipOn = PermanentDeliveryException.class)
    public String postEphemeral(String channel, String user, String text)
            throws RetryableDeliveryException, PermanentDeliveryException {
        return call("chat.postEphemeral", methods -> methods.chatPostEphemeral(r -> r.channel(channel).user(user)
                .text(text))).getMessageTs();
    }

    /** One Web API method call through the SDK's {@link MethodsClient}. */
    @FunctionalInterface
    private interface MethodCall<T extends SlackApiTextResponse> {
        T call(MethodsClient methods) throws IOException, SlackApiException;
    }

    private <T extends SlackApiTextResponse> T call(String method, MethodCall<T> call)
            throws RetryableDeliveryException, PermanentDeliveryException {
        String token = settings.botToken().orElseThrow(() ->
                new PermanentDeliveryException("SLACK_BOT_TOKEN is not configured", null));
        T response;
        try {
            response = call.call(slack.methods(token));
        } catch (SlackApiException e) {
            throw SlackErrors.fromHttp(method, e);
        } catch (IOException e) {
            throw new SlackTransientException(method + " I/O error: " + e.getClass().getSimpleName(), e);
        }
        if (!response.isOk()) {
            Exception failure = SlackErrors.fromApiError(method, response.getError());
            if (failure instanceof PermanentDeliveryException p) {
                throw p;
            }
            throw (RetryableDeliveryException) failure;
        }
        return response;
    }
}
