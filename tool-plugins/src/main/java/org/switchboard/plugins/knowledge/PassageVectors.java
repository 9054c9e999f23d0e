package org.switchboard.plugins.knowledge;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Passage embeddings computed ahead of time and shipped with a knowledge base, so start-up need not run the model
 * over every passage (minutes on two busy cores). Each vector component is stored as one signed byte
 * ({@code round(x * 127)}; the vectors are unit length, so a component is in [-1, 1]) and is re-normalised on
 * reading; the cosine error this adds is about 0.001.
 *
 * <p>File format, gzip-compressed, big-endian ({@link DataOutputStream}): int version ({@value #VERSION}), UTF model
 * name, 32-byte SHA-256 fingerprint of the passage texts ({@link #fingerprint}), int passage count, int dimension,
 * then count × dimension bytes. A file is used only when model and fingerprint match the passages being indexed;
 * otherwise the passages are embedded at start-up.
 */
public final class PassageVectors {

    static final int VERSION = 1;

    private PassageVectors() {
    }

    /**
     * @param model the embedding model's configuration name
     * @param texts the passage texts, in index order
     * @return SHA-256 over the model name and every text (each followed by a zero byte)
     */
    public static byte[] fingerprint(String model, List<String> texts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(model.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            for (String text : texts) {
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /**
     * Writes vectors in the format above.
     *
     * @param out     where to write (not closed)
     * @param model   the embedding model's configuration name
     * @param texts   the passage texts the vectors belong to
     * @param vectors one unit vector per text, all of one dimension
     * @throws IOException if writing fails
     * @throws IllegalArgumentException if the counts or dimensions differ
     */
    public static void write(OutputStream out, String model, List<String> texts, List<float[]> vectors) throws IOException {
        if (texts.size() != vectors.size() || vectors.isEmpty()) {
            throw new IllegalArgumentException("need one vector per text, at least one");
        }
        int dimension = vectors.get(0).length;
        GZIPOutputStream zip = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(zip);
        data.writeInt(VERSION);
        data.writeUTF(model);
        data.write(fingerprint(model, texts));
        data.writeInt(vectors.size());
        data.writeInt(dimension);
        for (float[] vector : vectors) {
            if (vector.length != dimension) {
                throw new IllegalArgumentException("vectors of different dimensions");
            }
            for (float x : vector) {
                data.writeByte((int) Math.round(Math.max(-1, Math.min(1, x)) * 127));
            }
        }
        data.flush();
        zip.finish();
    }

    /**
     * Reads vectors if they were made by this model for exactly these passages.
     *
     * @param in    the file's bytes (closed)
     * @param model the embedding model's configuration name
     * @param texts the passage texts being indexed, in index order
     * @return the unit vectors, or empty when the file is for another model or other passages
     * @throws IOException if the stream is not such a file
     */
    public static Optional<List<float[]>> read(InputStream in, String model, List<String> texts) throws IOException {
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)))) {
            if (data.readInt() != VERSION) {
                throw new IOException("not a passage-vector file of version " + VERSION);
            }
            String fileModel = data.readUTF();
            byte[] fingerprint = new byte[32];
            data.readFully(fingerprint);
            if (!fileModel.equals(model) || !Arrays.equals(fingerprint, fingerprint(model, texts))) {
                return Optional.empty();
            }
            int count = data.readInt();
            int dimension = data.readInt();
            if (count != texts.size() || dimension < 1 || dimension > 4096) {
                throw new IOException("passage-vector file holds " + count + " vectors of " + dimension
                        + " dimensions for " + texts.size() + " passages");
            }
            byte[] row = new byte[dimension];
            List<float[]> vectors = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                data.readFully(row);
                float[] v = new float[dimension];
                double norm = 0;
                for (int j = 0; j < dimension; j++) {
                    v[j] = row[j] / 127f;
                    norm += (double) v[j] * v[j];
                }
                double scale = norm == 0 ? 0 : 1 / Math.sqrt(norm);
                for (int j = 0; j < dimension; j++) {
                    v[j] = (float) (v[j] * scale);
                }
                vectors.add(v);
            }
            return Optional.of(vectors);
        }
    }
}
