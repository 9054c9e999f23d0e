package org.switchboard.server.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.Asset;

/**
 * Keeps the application deployed in the IT server when a test class ends, and skips the next deployment when it is
 * the same archive: same name, same entries, same bytes in every entry a test added or changed (extra classes,
 * MicroProfile Config). Consecutive classes that deploy the unchanged WAR, or the same WAR with the same additions,
 * then share one application start instead of stopping it and starting it again (a start is 20-70 s of the IT suite's
 * time on two cores).
 *
 * <p>What still starts the application: a different archive (the kept one is undeployed first, so every class runs
 * against exactly the deployment it declares), and every undeployment a test asks for itself through Arquillian's
 * {@code Deployer} ({@link Restartable#restart}: the application is really gone, then deployed anew). Only the
 * undeployments Arquillian makes when a class ends are held back. Whatever is kept at the end of the run goes with the
 * server, which Arquillian stops. Which classes follow each other, so that sharing happens: {@link DeploymentOrder}.
 */
public final class DeploymentReuse {

    private static final Logger LOG = Logger.getLogger(DeploymentReuse.class.getName());
    /** ShrinkWrap's asset for an entry read unchanged from the imported WAR (an impl class, so named, not imported). */
    private static final String ZIP_ENTRY_ASSET = "ZipFileEntryAsset";

    private DeployableContainer<?> keptIn;
    private Archive<?> kept;
    private String keptKey;
    private boolean classEnding;

    /**
     * Around each deployment: skips it when the kept application is the same archive, else undeploys the kept one
     * first and keeps the new one.
     *
     * @param context the deployment event, proceeded with unless skipped
     * @throws DeploymentException when undeploying the kept application fails
     */
    public void deploy(@Observes EventContext<DeployDeployment> context) throws DeploymentException {
        Deployment deployment = context.getEvent().getDeployment();
        DeploymentDescription description = deployment.getDescription();
        String key = shareable(description) ? key(description.getArchive()) : null;
        if (key != null && key.equals(keptKey)) {
            LOG.info(() -> "Deployment " + description.getName() + " (" + description.getArchive().getName()
                    + ") is the application already deployed: shared, not started again");
            deployment.deployed();
            return;
        }
        undeployKept();
        context.proceed();
        if (key != null && deployment.isDeployed()) {
            keptIn = context.getEvent().getDeployableContainer();
            kept = description.getArchive();
            keptKey = key;
        }
    }

    /**
     * Marks the undeployments Arquillian makes when a test class ends.
     *
     * @param context the end-of-class undeployment of every deployed deployment
     */
    public void classEnds(@Observes EventContext<UnDeployManagedDeployments> context) {
        classEnding = true;
        try {
            context.proceed();
        } finally {
            classEnding = false;
        }
    }

    /**
     * Around each undeployment: the kept application stays deployed when a class ends; a test's own undeployment
     * (a restart) really undeploys it.
     *
     * @param context the undeployment event, proceeded with unless held back
     */
    public void undeploy(@Observes EventContext<UnDeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        DeploymentDescription description = deployment.getDescription();
        boolean isKept = keptKey != null && shareable(description) && key(description.getArchive()).equals(keptKey);
        if (isKept && classEnding) {
            deployment.undeployed();
            return;
        }
        if (isKept) {
            kept = null;
            keptKey = null;
        }
        context.proceed();
    }

    private void undeployKept() throws DeploymentException {
        if (kept != null) {
            Archive<?> archive = kept;
            kept = null;
            keptKey = null;
            keptIn.undeploy(archive);
        }
    }

    private static boolean shareable(DeploymentDescription description) {
        return !description.testable() && description.isArchiveDeployment();
    }
    /**
     * @param archive a deployment's archive
     * @return its identity: name, then each entry's path and, unless it is the imported WAR's unchanged entry, the
     *         SHA-256 of its bytes
     */
    private static String key(Archive<?> archive) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(archive.getName().getBytes(StandardCharsets.UTF_8));
            Map<String, Node> entries = new TreeMap<>();
            for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
                entries.put(entry.getKey().get(), entry.getValue());
            }
            for (Map.Entry<String, Node> entry : entries.entrySet()) {
                digest.update(("\n" + entry.getKey() + "\n").getBytes(StandardCharsets.UTF_8));
                Asset asset = entry.getValue().getAsset();
                if (asset == null) {
                    digest.update((byte) 'd');
                } else if (asset.getClass().getSimpleName().equals(ZIP_ENTRY_ASSET)) {
                    digest.update((byte) 'z');
                } else {
                    try (InputStream in = asset.openStream()) {
                        digest.update(in.readAllBytes());
                    }
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
