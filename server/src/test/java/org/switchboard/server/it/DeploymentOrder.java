package org.switchboard.server.it;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Order;

/**
 * The order of the integration-test classes (failsafe's {@code junit.jupiter.testclass.order.default}): by
 * {@link Order} first, as {@code ClassOrderer.OrderAnnotation} (so {@link SecretsNeverLoggedIT}, {@code @Order(MAX)},
 * still runs last and scans every log the others left); among the classes without it, those of {@link #SHARING} run
 * after all others, in that list's order, so that the classes deploying the same archive follow each other and share
 * one application start ({@link DeploymentReuse}). The rest keep their discovery order.
 */
public final class DeploymentOrder implements ClassOrderer {

    /**
     * Classes grouped by the archive they deploy: each goes on with the application start the class before it left
     * (after that class's own restarts, if it made any). The last group deploys the WAR unchanged, as
     * {@link SecretsNeverLoggedIT} does, which runs right after it on the same start.
     */
    static final List<Class<?>> SHARING = List.of(
            // the WAR with the approval test plugin and its trigger
            TeamsChannelIT.class, ApprovalIT.class, SlackApprovalIT.class, TeamsRestartIT.class,
            // the WAR with ToolTriggerResource
            CustomerToolsIT.class, HostileMessagesIT.class,
            // the WAR unchanged; EmailSenderAuthenticationIT before EmailChannelIT, whose fixtures leave GreenMail
            // replies with recipient headers that EmailSenderAuthenticationIT's strict address parsing refuses
            SlackRestartIT.class, AdminCrossSiteIT.class, EmailSenderAuthenticationIT.class, EmailChannelIT.class,
            PeopleInTheLoopIT.class, InputFuzzIT.class, SlackEventsIT.class, TeamsServiceUrlIT.class);

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator
                .comparingInt(DeploymentOrder::order)
                .thenComparingInt(descriptor -> SHARING.indexOf(descriptor.getTestClass())));
    }

    private static int order(ClassDescriptor descriptor) {
        return descriptor.findAnnotation(Order.class).map(Order::value).orElse(Order.DEFAULT);
    }
}
