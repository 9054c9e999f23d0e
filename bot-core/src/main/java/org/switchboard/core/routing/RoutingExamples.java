package org.switchboard.core.routing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.core.intent.LabelledExample;

/**
 * The labelled messages the routing model learns from.
 *
 * <p>Format (UTF-8 text): one example per line, {@code <label><TAB><customer message>}; blank lines and lines
 * starting with {@code #} are ignored. Labels are agent names or {@link Route#OFF_TOPIC}. The built-in set is
 * {@value #AUTHORED} (written for Switchboard) plus {@value #PUBLIC} (BANKING77 and CLINC150 examples relabelled by
 * agent; origin and licenses in {@code switchboard/routing/SOURCES.md}).
 */
public final class RoutingExamples {

    /** Examples written for Switchboard, on the class path. */
    public static final String AUTHORED = "switchboard/routing/authored.tsv";
    /** Examples derived from public datasets, on the class path. */
    public static final String PUBLIC = "switchboard/routing/public.tsv";

    private RoutingExamples() {
    }

    /**
     * @return the built-in examples, authored first
     * @throws UncheckedIOException if a bundled file is missing or malformed (a packaging error)
     */
    public static List<LabelledExample> builtIn() {
        List<LabelledExample> all = new ArrayList<>(resource(AUTHORED));
        all.addAll(resource(PUBLIC));
        return all;
    }

    /**
     * @param file an admin's own examples in the same format
     * @return its examples
     * @throws IOException if it cannot be read or a line is malformed
     */
    public static List<LabelledExample> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    /**
     * @param reader the text
     * @param name   what to call it in error messages
     * @return its examples, in order
     * @throws IOException if it cannot be read or a line has no tab, an empty label or an empty message
     */
    public static List<LabelledExample> parse(Reader reader, String name) throws IOException {
        List<LabelledExample> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String label = tab < 0 ? "" : line.substring(0, tab).strip();
            String text = tab < 0 ? "" : line.substring(tab + 1).strip();
            if (label.isEmpty() || text.isEmpty()) {
                throw new IOException(name + ":" + number + ": expected <label><TAB><message>");
            }
            examples.add(new LabelledExample(text, label));
        }
        return examples;
    }

    private static List<LabelledExample> resource(String path) {
        InputStream in = RoutingExamples.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new UncheckedIOException(new IOException(path + " is not on the class path"));
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return parse(reader, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
