package org.switchboard.bench.intent;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.switchboard.core.intent.TextEmbedder;

/**
 * An embedder that keeps its vectors in a file between benchmark runs (option {@code --embedding-cache FILE}), so
 * repeated runs on a busy machine skip re-embedding the same texts. It changes no figure: a cached vector is the one
 * the model computed for exactly that text. Format: a version int ({@value #VERSION}), the dimension, then records
 * of (UTF string of the text, that many floats), big-endian ({@link DataOutputStream}). Not thread-safe; meant for
 * the benchmarks' single-threaded drivers.
 */
public final class EmbeddingCacheFile implements TextEmbedder {

    static final int VERSION = 1;

    private final TextEmbedder delegate;
    private final Path file;
    private final Map<String, float[]> vectors = new LinkedHashMap<>();
    private boolean dirty;

    /**
     * @param delegate computes vectors not in the file
     * @param file     the cache file; read if it exists
     * @throws IOException if the file exists but cannot be read or was written for another dimension
     */
    public EmbeddingCacheFile(TextEmbedder delegate, Path file) throws IOException {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.file = Objects.requireNonNull(file, "file");
        if (Files.exists(file)) {
            try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() != VERSION || in.readInt() != delegate.dimension()) {
                    throw new IOException(file + " is not an embedding cache of this version and dimension");
                }
                while (true) {
                    String text;
                    try {
                        text = in.readUTF();
                    } catch (EOFException end) {
                        break;
                    }
                    float[] v = new float[delegate.dimension()];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = in.readFloat();
                    }
                    vectors.put(text, v);
                }
            }
        }
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !vectors.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            List<float[]> computed = delegate.embed(missing);
            for (int i = 0; i < missing.size(); i++) {
                vectors.put(missing.get(i), computed.get(i));
            }
            dirty = true;
        }
        List<float[]> result = new ArrayList<>(texts.size());
        for (String text : texts) {
            result.add(vectors.get(text));
        }
        return result;
    }

    /** @return the number of texts cached */
    public int size() {
        return vectors.size();
    }

    /**
     * Writes the cache if new vectors were computed (to a temporary file, then moved into place).
     *
     * @throws IOException if the file cannot be written
     */
    public void save() throws IOException {
        if (!dirty) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
            out.writeInt(VERSION);
            out.writeInt(delegate.dimension());
            for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                out.writeUTF(entry.getKey());
                for (float f : entry.getValue()) {
                    out.writeFloat(f);
                }
            }
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        dirty = false;
    }
}
