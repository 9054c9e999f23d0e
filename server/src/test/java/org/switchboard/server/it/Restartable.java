package org.switchboard.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployer;

/**
 * A {@code managed = false} Arquillian deployment that a test deploys, restarts and undeploys itself. A restart is
 * an undeploy and a deploy of the same WAR in the same Liberty: every in-memory queue, executor, cache and token is
 * gone, only the database stays.
 *
 * <p>One instance per test class (a static field): the first test deploys the application, the restarts happen where
 * a test asks for them, and the next test goes on with the application as the last restart left it instead of
 * starting it once more. When the class ends Arquillian undeploys it, or leaves it to the next class that deploys the
 * same archive ({@link DeploymentReuse}).
 */
final class Restartable {

    private static final Duration READY_WAIT = Duration.ofSeconds(90);

    private final Deployer deployer;
    private final String name;
    private boolean deployed;

    /**
     * @param deployer the Arquillian deployer injected into the test
     * @param name     the {@code @Deployment} name
     */
    Restartable(Deployer deployer, String name) {
        this.deployer = deployer;
        this.name = name;
    }

    /**
     * Deploys the application unless it is deployed already (by an earlier test of the class, which leaves it for the
     * next one), and waits until {@code /health/ready} answers 200.
     */
    void deploy() {
        if (!deployed) {
            deployer.deploy(name);
            deployed = true;
        }
        await().atMost(READY_WAIT).until(() -> ItEnvironment.get("/health/ready").statusCode() == 200);
    }

    /**
     * Undeploys the application, checks that it is gone, runs what the test does while it is down, and deploys it
     * again.
     *
     * @param endpoint  a path the application serves, which must answer 404 while it is undeployed
     * @param whileDown what to do while the application is undeployed (e.g. let a stand-in accept posts again)
     */
    void restart(String endpoint, Runnable whileDown) {
        undeploy();
        assertThat(ItEnvironment.get(endpoint).statusCode()).as(endpoint + " while undeployed").isEqualTo(404);
        whileDown.run();
        deploy();
    }

    /** Undeploys the application if it is deployed. */
    void undeploy() {
        if (deployed) {
            deployer.undeploy(name);
            deployed = false;
        }
    }
}
