package org.switchboard.server.it;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips a browser test class, before Arquillian deploys anything for it, when no Chromium or Chrome with its
 * chromedriver is installed ({@link ChromiumInstallation#find()}); the skip is reported with
 * {@link ChromiumInstallation#HOW_TO_INSTALL}. With the system property {@code it.browser.required=true} (CI sets
 * it, having installed Chromium) the class runs anyway, so a missing browser fails it instead of hiding it.
 * Register it before {@code ArquillianExtension}.
 */
final class BrowserAvailable implements ExecutionCondition {

    /** System property that turns a missing browser from a skip into a failure. */
    static final String REQUIRED_PROPERTY = "it.browser.required";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (ChromiumInstallation.find().isPresent()) {
            return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
        }
        if (Boolean.getBoolean(REQUIRED_PROPERTY)) {
            return ConditionEvaluationResult.enabled(REQUIRED_PROPERTY + " is set: a missing browser fails the tests");
        }
        return ConditionEvaluationResult.disabled(ChromiumInstallation.HOW_TO_INSTALL);
    }
}
