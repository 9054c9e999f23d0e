package org.switchboard.slack.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.SlackConfig;
import com.slack.api.rate_limits.metrics.impl.BaseMemoryMetricsDatastore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackSdkResourcesTest {

    @Test
    void closingAConfigurationStopsTheMetricsExecutorsTheSdkStartedForIt() {
        SlackConfig config = SlackSdkResources.newConfig();
        List<String> groups = List.of(
                groupOf(config.getMethodsConfig().getMetricsDatastore()),
                groupOf(config.getAuditConfig().getMetricsDatastore()),
                groupOf(config.getSCIMConfig().getMetricsDatastore()),
                groupOf(config.getSCIM2Config().getMetricsDatastore()));
        assertThat(config.getMethodsConfig().isStatsEnabled()).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveThreads(groups) > 0);

        SlackSdkResources.close(config);

        await().atMost(Duration.ofSeconds(10)).until(() -> liveThreads(groups) == 0);
    }

    @Test
    void closingNullIsHarmless() {
        SlackSdkResources.close(null);
    }

    private static String groupOf(Object datastore) {
        return ((BaseMemoryMetricsDatastore<?, ?>) datastore).getThreadGroupName();
    }

    private static long liveThreads(List<String> groups) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> groups.stream().anyMatch(g -> t.getName().startsWith(g + "-")))
                .count();
    }
}
