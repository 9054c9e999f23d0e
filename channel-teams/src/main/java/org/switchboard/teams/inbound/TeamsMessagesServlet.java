package org.switchboard.teams.inbound;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;
import org.switchboard.teams.config.TeamsSettings;

/**
 * {@code POST /api/messages}, the Bot Framework messaging endpoint. Reads at most {@code TEAMS_MAX_BODY_BYTES}
 * (413 beyond, logged with the declared or sent size), hands the body and the {@code Authorization} header to
 * {@link TeamsInboundHandler}, and writes its status and JSON body. Other methods get 405.
 */
@WebServlet(name = "teams-messages", urlPatterns = TeamsMessagesServlet.PATH)
public class TeamsMessagesServlet extends HttpServlet {

    /** Where the Azure Bot resource's messaging endpoint must point. */
    public static final String PATH = "/api/messages";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logs.logger(TeamsMessagesServlet.class);

    @Inject
    transient TeamsInboundHandler handler;

    @Inject
    transient TeamsSettings settings;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int limit = settings.maxBodyBytes();
        if (request.getContentLengthLong() > limit) {
            tooLarge(request, response, request.getContentLengthLong() + " bytes declared");
            return;
        }
        byte[] bytes;
        try (InputStream in = request.getInputStream()) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            tooLarge(request, response, "over " + limit + " bytes sent");
            return;
        }
        InboundResult result = handler.handle(request.getHeader("Authorization"),
                new String(bytes, StandardCharsets.UTF_8));
        response.setStatus(result.status());
        if (result.body() != null) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(result.body());
        }
    }

    private static void tooLarge(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        LOG.warning(() -> "Teams request to " + PATH + " from " + request.getRemoteAddr() + " refused (413): body "
                + size + ", more than TEAMS_MAX_BODY_BYTES");
        response.sendError(413);
    }
}
