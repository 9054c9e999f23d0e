package org.switchboard.plugins.knowledge;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads knowledge-base documents, each a UTF-8 JSON file {@code {"id": string, "title": string, "content":
 * string}} (content in Markdown; other properties are ignored), with JSON-P ({@code jakarta.json}; Liberty's
 * {@code jsonp-2.1} feature provides the implementation at run time).
 *
 * <p>Two sources:
 * <ul>
 *   <li>the classpath ({@link #fromClasspath(ClassLoader, String)}): a folder {@code <base>/documents/} plus
 *       {@code <base>/index.txt} listing its file names, because a folder inside a WAR or jar cannot be listed;
 *       the bundled sample is {@value #BUNDLED_BASE};</li>
 *   <li>a directory on disk ({@link #fromDirectory(Path)}), so an admin can point the plugin at their own
 *       knowledge base.</li>
 * </ul>
 *
 * <p>Loading fails as a whole on the first unreadable or malformed document (an exception naming the file)
 * rather than silently serving part of a knowledge base. Instances are immutable and thread-safe.
 */
public final class KnowledgeDocumentLoader {

    /** Classpath base folder of the bundled Rho-Bank sample knowledge base (698 articles). */
    public static final String BUNDLED_BASE = "kb/rho-bank";

    /** Name of the file listing the document file names, in the base folder. */
    public static final String INDEX_FILE = "index.txt";

    /** Name of the folder holding the document files, in the base folder. */
    public static final String DOCUMENTS_FOLDER = "documents";

    private final JsonReaderFactory json;

    /** Creates a loader using the JSON-P provider found by {@link JsonProvider#provider()}. */
    public KnowledgeDocumentLoader() {
        this.json = JsonProvider.provider().createReaderFactory(Map.of());
    }

    /**
     * Loads the bundled Rho-Bank sample from this module's class loader.
     *
     * @return the 698 sample documents, in {@code index.txt} order
     * @throws IOException if the bundle is missing or a document is malformed
     */
    public List<KnowledgeDocument> bundled() throws IOException {
        return fromClasspath(KnowledgeDocumentLoader.class.getClassLoader(), BUNDLED_BASE);
    }

    /**
     * Loads the documents listed in {@code <base>/index.txt} from {@code <base>/documents/}. The index has one
     * file name a line; blank lines and lines starting with {@code #} are skipped.
     *
     * @param classLoader the class loader to read resources with
     * @param base        resource folder without leading or trailing slash, e.g. {@value #BUNDLED_BASE}
     * @return the documents, in index order
     * @throws IOException if the index or a listed document is missing, a document is malformed, a file name is
     *                     listed twice, or two documents share an id
     */
    public List<KnowledgeDocument> fromClasspath(ClassLoader classLoader, String base) throws IOException {
        Objects.requireNonNull(classLoader, "classLoader");
        String folder = stripSlashes(Objects.requireNonNull(base, "base"));
        List<String> names = readIndex(classLoader, folder + "/" + INDEX_FILE);
        List<KnowledgeDocument> documents = new ArrayList<>(names.size());
        for (String name : names) {
            String resource = folder + "/" + DOCUMENTS_FOLDER + "/" + name;
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("Knowledge-base document listed in " + folder + "/" + INDEX_FILE
                            + " not found on the classpath: " + resource);
                }
                documents.add(parse(in, "classpath:" + resource));
            }
        }
        return requireUniqueIds(documents);
    }

    /**
     * Loads every {@code *.json} file (not recursive) of a directory, sorted by file name. When the directory
     * has a {@value #DOCUMENTS_FOLDER} subdirectory (the layout of the bundled sample and of tau2-bench), that
     * subdirectory is read instead; {@code index.txt} is not needed on disk.
     *
     * @param directory a directory
     * @return the documents, sorted by file name
     * @throws IOException if the directory cannot be read, holds no {@code *.json} file, a document is
     *                     malformed, or two documents share an id
     */
    public List<KnowledgeDocument> fromDirectory(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            throw new IOException("Knowledge-base directory not found or not a directory: " + directory);
        }
        Path folder = Files.isDirectory(directory.resolve(DOCUMENTS_FOLDER)) ? directory.resolve(DOCUMENTS_FOLDER) : directory;
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("No *.json knowledge-base documents in " + folder);
        }
        List<KnowledgeDocument> documents = new ArrayList<>(files.size());
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                documents.add(parse(in, file.toString()));
            }
        }
        return requireUniqueIds(documents);
    }

    /**
     * Parses one document. The {@link KnowledgeDocument#internal()} flag comes from the title
     * ({@link KnowledgeDocument#isInternalTitle(String)}).
     *
     * @param in     UTF-8 JSON {@code {"id", "title", "content"}}, all three strings, id not blank; not closed
     * @param source where it came from, for error messages
     * @return the document
     * @throws IOException if the stream cannot be read, is not a JSON object, or lacks one of the three strings
     */
    public KnowledgeDocument parse(InputStream in, String source) throws IOException {
        JsonObject object;
        try (JsonReader reader = json.createReader(new InputStreamReader(nonClosing(in), StandardCharsets.UTF_8))) {
            object = reader.readObject();
        } catch (JsonException e) {
            throw new IOException("Malformed knowledge-base document " + source + ": " + e.getMessage(), e);
        }
        String id = requiredString(object, "id", source);
        if (id.isBlank()) {
            throw new IOException("Malformed knowledge-base document " + source + ": blank \"id\"");
        }
        String title = requiredString(object, "title", source);
        return new KnowledgeDocument(id, title, requiredString(object, "content", source),
                KnowledgeDocument.isInternalTitle(title), publicUrl(object));
    }

    /** @return the optional {@code "url"} string when it is an absolute http(s) address, else empty */
    private static String publicUrl(JsonObject object) {
        if (!(object.get("url") instanceof JsonString string)) {
            return "";
        }
        String url = string.getString().strip();
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        boolean web = (lower.startsWith("https://") || lower.startsWith("http://")) && url.chars().noneMatch(c -> c <= ' ');
        return web ? url : "";
    }

    private static String requiredString(JsonObject object, String name, String source) throws IOException {
        JsonValue value = object.get(name);
        if (!(value instanceof JsonString string)) {
            throw new IOException("Malformed knowledge-base document " + source + ": \"" + name + "\" must be a string");
        }
        return string.getString();
    }

    private static List<String> readIndex(ClassLoader classLoader, String resource) throws IOException {
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Knowledge-base index not found on the classpath: " + resource);
            }
            List<String> names = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    String name = line.strip();
                    if (name.isEmpty() || name.startsWith("#")) {
                        continue;
                    }
                    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
                        throw new IOException(resource + " lists a name that is not a plain file name: " + name);
                    }
                    if (!seen.add(name)) {
                        throw new IOException(resource + " lists " + name + " twice");
                    }
                    names.add(name);
                }
            }
            return names;
        }
    }

    private static List<KnowledgeDocument> requireUniqueIds(List<KnowledgeDocument> documents) throws IOException {
        Set<String> ids = new HashSet<>();
        for (KnowledgeDocument document : documents) {
            if (!ids.add(document.id())) {
                throw new IOException("Two knowledge-base documents have the id " + document.id());
            }
        }
        return List.copyOf(documents);
    }

    private static String stripSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    /** The JSON reader closes its source; the caller owns the stream. */
    private static InputStream nonClosing(InputStream in) {
        return new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the underlying stream
            }
        };
    }
}
