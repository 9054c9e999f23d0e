package org.switchboard.slack.sdk;

import com.slack.api.SlackConfig;
import com.slack.api.audit.AuditConfig;
import com.slack.api.methods.MethodsConfig;
import com.slack.api.rate_limits.metrics.MetricsDatastore;
import com.slack.api.scim.SCIMConfig;
import com.slack.api.scim2.SCIM2Config;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.switchboard.core.privacy.Logs;

/**
 * Builds and closes Slack SDK ({@code com.slack.api}, java-slack-sdk) configurations.
 *
 * <p>Why: every {@link MethodsConfig}, {@link AuditConfig}, {@link SCIMConfig} and {@link SCIM2Config} creates an
 * in-memory metrics datastore whose "slack-api-metrics" cleaner executor starts in its constructor, whether stats
 * are enabled or not, and {@link SlackConfig#close()} does not stop it; the SDK's static defaults
 * ({@link SlackConfig#DEFAULT} and each config's {@code DEFAULT_SINGLETON}) start theirs when the classes load.
 * Those threads hold the application's class loader, so each redeployment would leak a whole copy of the
 * application (observed: 17 live application class loaders and 850 MB of metaspace after the integration tests).
 * {@link #close(SlackConfig)} and the shutdown observer stop them all.
 */
@ApplicationScoped
public class SlackSdkResources {

    private static final Logger LOG = Logs.logger(SlackSdkResources.class);

    /**
     * A configuration with the SDK's stats (and so its {@code auth.test} warm-up calls) turned off.
     *
     * @return a new configuration; close it with {@link #close(SlackConfig)}
     */
    public static SlackConfig newConfig() {
        SlackConfig config = new SlackConfig();
        config.setStatsEnabled(false);
        return config;
    }

    /**
     * Shuts down a configuration's thread pools and metrics executors. Never throws: failures are logged at FINE.
     *
     * @param config the configuration; null is ignored
     */
    public static void close(SlackConfig config) {
        if (config == null) {
            return;
        }
        try {
            config.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing a Slack SDK configuration failed", e);
        }
        closeAll(List.of(config.getMethodsConfig().getMetricsDatastore(), config.getAuditConfig().getMetricsDatastore(),
                config.getSCIMConfig().getMetricsDatastore(), config.getSCIM2Config().getMetricsDatastore()));
    }

    /**
     * Closes the SDK's static default configurations when the application stops (CDI
     * {@code @BeforeDestroyed(ApplicationScoped.class)}).
     *
     * @param event the container's event (unused)
     */
    void closeDefaults(@Observes @BeforeDestroyed(ApplicationScoped.class) Object event) {
        close(SlackConfig.DEFAULT);
        List<MetricsDatastore> singletons = new ArrayList<>();
        singletons.add(MethodsConfig.DEFAULT_SINGLETON.getMetricsDatastore());
        singletons.add(AuditConfig.DEFAULT_SINGLETON.getMetricsDatastore());
        singletons.add(SCIMConfig.DEFAULT_SINGLETON.getMetricsDatastore());
        singletons.add(SCIM2Config.DEFAULT_SINGLETON.getMetricsDatastore());
        closeAll(singletons);
    }

    private static void closeAll(List<MetricsDatastore> datastores) {
        for (MetricsDatastore datastore : datastores) {
            try {
                if (datastore != null) {
                    datastore.close();
                }
            } catch (Exception e) {
                LOG.log(Level.FINE, "Closing a Slack SDK metrics datastore failed", e);
            }
        }
    }
}
