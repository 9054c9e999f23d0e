package org.switchboard.teams.inbound;

/**
 * The HTTP answer to one {@code POST /api/messages}.
 *
 * @param status  HTTP status: 200 handled, 400 unreadable activity, 401 token rejected, 413 too large, 501
 *                unsupported invoke, 503 keys unavailable or inbox down (the Bot Framework retries)
 * @param body    a JSON body (the invoke response for {@code invoke} activities), or null for none
 * @param outcome what happened, for logs and tests ({@code accepted}, {@code duplicate}, {@code welcomed},
 *                {@code ignored: ...}, {@code rejected: ...})
 */
public record InboundResult(int status, String body, String outcome) {

    static InboundResult ok(String outcome) {
        return new InboundResult(200, null, outcome);
    }
}
