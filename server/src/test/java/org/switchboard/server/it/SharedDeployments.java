package org.switchboard.server.it;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian extension (registered in {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension} of the
 * test resources) that lets consecutive test classes with the same managed deployment share one application start
 * in the IT server: see {@link DeploymentReuse}.
 */
public final class SharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeploymentReuse.class);
    }
}
