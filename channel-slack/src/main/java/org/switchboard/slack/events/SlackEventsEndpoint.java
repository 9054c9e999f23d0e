package org.switchboard.slack.events;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import org.switchboard.core.privacy.Logs;
import org.switchboard.slack.sdk.SlackSdkResources;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebListener;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.logging.Logger;
import org.switchboard.slack.approval.SlackApprovalDecider;
import org.switchboard.slack.approval.SlackApprovalRoutes;
import org.switchboard.slack.choice.SlackChoiceRoutes;
import org.switchboard.slack.csat.SlackCsatRoutes;
import org.switchboard.core.csat.CsatService;
import org.switchboard.slack.commands.AdminCommandAnswers;
import org.switchboard.slack.commands.SlackAdminCommandRoutes;
import org.switchboard.slack.config.SlackSettings;

/**
 * Builds the Bolt {@link App} and mounts {@link SlackEventsServlet} at {@code /slack/events} (Events API) and
 * {@code /slack/interactivity} (interactivity: the {@code block_actions} of the approval buttons and of the clarifying
 * question's option buttons, the CSAT rating buttons) and {@code /slack/commands}
 * (the admin slash command {@code /switchboard}) when the web application starts. All paths run the same Bolt app,
 * so all verify request signing v0 the same way.
 *
 * <p>The middleware list is explicit: only request verification. Bolt's default authorization middleware
 * would call {@code auth.test} on the request path, making the ack depend on the Web API; self and bot events
 * are filtered by {@link SlackMessageNormalizer} instead. Without {@code SLACK_SIGNING_SECRET} the endpoint
 * still mounts but verifies against a random secret, so every request is refused with 401 (fail closed), and
 * a warning is logged.
 */
@WebListener
public class SlackEventsEndpoint implements ServletContextListener {

    /** Where Slack's Events API Request URL must point. */
    public static final String PATH = "/slack/events";

    /** Where the Slack app's Interactivity Request URL must point. */
    public static final String INTERACTIVITY_PATH = "/slack/interactivity";

    /** Where the Request URL of the {@code /switchboard} slash command must point. */
    public static final String COMMANDS_PATH = "/slack/commands";

    private static final Logger LOG = Logs.logger(SlackEventsEndpoint.class);

    @Inject
    SlackSettings settings;

    private SlackConfig slackConfig;
    private Slack slack;
    private App app;

    @Inject
    SlackInboundHandler handler;

    @Inject
    SlackApprovalDecider approvalDecider;

    @Inject
    AdminCommandAnswers commandAnswers;

    @Inject
    CsatService csat;

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        String secret = settings.signingSecret().orElseGet(() -> {
            LOG.warning("SLACK_SIGNING_SECRET is not set: " + PATH + " and " + INTERACTIVITY_PATH + " will refuse every request with 401");
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            return Base64.getEncoder().encodeToString(random);
        });
        SlackSignature.Verifier verifier = new StrictSignatureVerifier(new SlackSignature.Generator(secret));
        slackConfig = SlackSdkResources.newConfig();
        slack = Slack.getInstance(slackConfig);
        AppConfig config = AppConfig.builder().signingSecret(secret).slack(slack).build();
        app = new App(config, slack, List.of(new RequestVerification(verifier)));
        new SlackEventRoutes(handler, settings.botUserId()).register(app);
        new SlackApprovalRoutes(approvalDecider).register(app);
        new SlackChoiceRoutes(handler).register(app);
        new SlackCsatRoutes(csat).register(app);
        new SlackAdminCommandRoutes(commandAnswers, settings.adminIds()).register(app);
        SlackEventsServlet servlet = new SlackEventsServlet(app, new BodyCachingAdapter(config), verifier,
                settings.maxBodyBytes());
        ServletRegistration.Dynamic registration = sce.getServletContext().addServlet("slack-events", servlet);
        registration.addMapping(PATH, INTERACTIVITY_PATH, COMMANDS_PATH);
        LOG.info("Slack endpoints mounted at " + PATH + ", " + INTERACTIVITY_PATH + " and " + COMMANDS_PATH);
    }

    /**
     * Stops the Bolt app, closes its Slack client and the SDK configuration's executors (threads and connections), so an undeployed application leaves
     * nothing running that would keep its class loader alive.
     *
     * @param sce the event
     */
    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        try {
            if (app != null) {
                app.stop();
            }
            if (slack != null) {
                slack.close();
            }
        } catch (Exception e) {
            LOG.log(java.util.logging.Level.FINE, "Closing the Slack app failed", e);
        }
        SlackSdkResources.close(slackConfig);
    }
}
