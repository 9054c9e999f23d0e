package org.switchboard.slack.events;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * {@code POST /slack/events} and {@code POST /slack/interactivity}: the Slack Events API and interactivity
 * ({@code payload=} form bodies, e.g. {@code block_actions}) endpoints, run through Bolt ({@link App#run}) with Bolt's
 * servlet adapter. Around Bolt it adds what a product needs at the edge, failing closed:
 * <ul>
 *   <li>413 for a body over {@code SLACK_MAX_BODY_BYTES} (default 1 MiB), 400 for a body that is not UTF-8;</li>
 *   <li>401 for a body whose signature (request signing v0) is missing, stale or wrong, checked before the body is
 *       parsed at all (Bolt's parser logs bodies it cannot classify: an unsigned request must not write into our
 *       log), 400 when it is signed but malformed (also when a member of the verified event has the wrong JSON type
 *       for Slack's model);</li>
 *   <li>200 for a verified event nobody handles (Slack would otherwise retry it), logged;</li>
 *   <li>500 when storing fails (Slack retries; nothing acknowledged was lost).</li>
 * </ul>
 * Every refusal is logged as one warning naming the endpoint, the caller's address, the status and the reason, never
 * the body or the signature.
 * Bolt's own signature middleware checks again, with the same {@link StrictSignatureVerifier}.
 */
public class SlackEventsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logs.logger(SlackEventsServlet.class);

    private final transient App app;
    private final transient BodyCachingAdapter adapter;
    private final transient SlackSignature.Verifier verifier;
    private final int maxBodyBytes;

    SlackEventsServlet(App app, BodyCachingAdapter adapter, SlackSignature.Verifier verifier, int maxBodyBytes) {
        this.app = app;
        this.adapter = adapter;
        this.verifier = verifier;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] bytes = readAtMost(req.getInputStream(), maxBodyBytes);
        if (bytes == null) {
            refuse(req, resp, 413, "request body too large", "body over " + maxBodyBytes + " bytes");
            return;
        }
        String body;
        try {
            body = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            refuse(req, resp, 400, "request body is not valid UTF-8", "body is not valid UTF-8");
            return;
        }
        if (!verifier.isValid(req.getHeader(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP), body,
                req.getHeader(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))) {
            // before any parsing: Bolt's parser logs bodies it cannot classify, and nobody may write into our log
            refuse(req, resp, 401, "invalid request", "missing, stale or wrong X-Slack-Signature");
            return;
        }
        req.setAttribute(BodyCachingAdapter.BODY_ATTRIBUTE, body);
        Request<?> slackRequest;
        try {
            slackRequest = adapter.buildSlackRequest(req);
        } catch (RuntimeException e) {
            slackRequest = null;
        }
        if (slackRequest == null) {
            refuse(req, resp, 400, "malformed request body", "signed, but the body is not a Slack request ("
                    + body.length() + " chars)");
            return;
        }
        RawBody.set(body);
        try {
            Response answer = app.run(slackRequest);
            if (answer.getStatusCode() == 404 && slackRequest instanceof EventRequest event) {
                LOG.info(() -> "Slack event type " + event.getEventTypeAndSubtype() + " has no handler; acknowledged");
                answer = Response.ok();
            } else if (answer.getStatusCode() == 401) {
                logRefusal(req, 401, "missing, stale or wrong X-Slack-Signature");
            }
            adapter.writeResponse(resp, answer);
        } catch (Exception e) {
            if (isMalformed(e)) {
                refuse(req, resp, 400, "malformed request body", "signed, but the event does not have Slack's shape ("
                        + body.length() + " chars): " + e.getMessage());
                return;
            }
            LOG.log(Level.SEVERE, "Slack request to " + req.getRequestURI()
                    + " could not be handled; answering 500 so Slack retries", e);
            error(resp, 500, "temporarily unable to process the event");
        } finally {
            RawBody.clear();
        }
    }

    /** A member of the wrong JSON type (Gson could not bind it to Slack's model) or an id that is not one: retrying cannot help. */
    private static boolean isMalformed(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof com.google.gson.JsonParseException || t instanceof MalformedSlackEventException) {
                return true;
            }
        }
        return false;
    }

    /** Logs the refusal (see {@link #logRefusal}) and answers it. */
    private static void refuse(HttpServletRequest req, HttpServletResponse resp, int status, String answer, String reason)
            throws IOException {
        logRefusal(req, status, reason);
        error(resp, status, answer);
    }

    /**
     * One warning per refused request, with the context needed to find it: the endpoint, the caller's address, the
     * status and the reason. Never the body, the signature or other headers: a body may carry tokens or a customer's
     * words.
     */
    private static void logRefusal(HttpServletRequest req, int status, String reason) {
        LOG.warning(() -> "Slack request to " + req.getRequestURI() + " from " + req.getRemoteAddr() + " refused ("
                + status + "): " + reason);
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] bytes = in.readNBytes(max + 1);
        return bytes.length > max ? null : bytes;
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=utf-8");
        resp.getWriter().write("{\"ok\":false,\"error\":\"" + message + "\"}");
    }
}
