/**
 * Teams out: the core outbox's {@link org.switchboard.core.channel.ReplyDeliverer} for Teams. A reply is posted to
 * the Bot Connector REST API ({@code POST {serviceUrl}/v3/conversations/{conversationId}/activities/{replyToId}},
 * or {@code .../activities} for a proactive message without a {@code replyToId}) from the stored conversation
 * reference, so it also works after a restart. The bearer token comes from the OAuth 2.0 client-credentials grant
 * ({@code MICROSOFT_APP_ID}/{@code MICROSOFT_APP_PASSWORD}, scope {@code https://api.botframework.com/.default}) and
 * is cached until shortly before it expires. Calls are guarded by MicroProfile Fault Tolerance (timeout, short retry
 * on transient errors, circuit breaker); HTTP 429 and 503 are reported with their {@code Retry-After} so the outbox
 * reschedules the reply.
 */
package org.switchboard.teams.delivery;
