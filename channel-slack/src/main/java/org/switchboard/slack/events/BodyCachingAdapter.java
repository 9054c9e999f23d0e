package org.switchboard.slack.events;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServletAdapter;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Bolt's servlet adapter reading the body that {@link SlackEventsServlet} already read (size-limited and
 * UTF-8-checked), so the servlet can also use it for the inbox and for error answers.
 */
final class BodyCachingAdapter extends SlackAppServletAdapter {

    static final String BODY_ATTRIBUTE = BodyCachingAdapter.class.getName() + ".body";

    BodyCachingAdapter(AppConfig config) {
        super(config);
    }

    @Override
    protected String doReadRequestBodyAsString(HttpServletRequest req) {
        Object body = req.getAttribute(BODY_ATTRIBUTE);
        return body == null ? "" : (String) body;
    }
}
