package org.switchboard.server.it;

import java.io.File;
import java.io.InputStream;
import java.io.OutputStream;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.Assignable;
import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.jboss.shrinkwrap.api.exporter.ZipStoredExporter;

/**
 * ShrinkWrap's {@link ZipExporter} for the integration tests' WAR, writing every entry uncompressed ({@code STORED},
 * through ShrinkWrap's own {@link ZipStoredExporter}) instead of deflating it again.
 *
 * <p>Arquillian's Liberty container exports each deployment with {@code archive.as(ZipExporter.class)} into the IT
 * server's {@code dropins}. The WAR is about 250 MB, nearly all of it jars that are compressed already (ONNX Runtime,
 * the embedding model): deflating them once more cost about 9 s of CPU per deployment and shrank nothing. The entries
 * and their bytes are the same either way; only the container file's compression differs. Registered for the IT
 * archives only, by {@link ItEnvironment#war()}.
 */
public final class StoredZipExporter implements ZipExporter {

    private final Archive<?> archive;

    /**
     * @param archive the archive to export (ShrinkWrap's extension loader passes it)
     */
    public StoredZipExporter(Archive<?> archive) {
        this.archive = archive;
    }

    private ZipStoredExporter stored() {
        return archive.as(ZipStoredExporter.class);
    }

    @Override
    public InputStream exportAsInputStream() {
        return stored().exportAsInputStream();
    }

    @Override
    public void exportTo(OutputStream target) {
        stored().exportTo(target);
    }

    @Override
    public void exportTo(File target) {
        stored().exportTo(target);
    }

    @Override
    public void exportTo(File target, boolean overwrite) {
        stored().exportTo(target, overwrite);
    }

    @Override
    public <TYPE extends Assignable> TYPE as(Class<TYPE> clazz) {
        return archive.as(clazz);
    }
}
