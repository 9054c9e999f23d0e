package org.switchboard.bench.answers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads a labelled customer-question file: tab-separated, UTF-8, a header row naming at least the columns
 * {@code id}, {@code text} and {@code answers} (article ids separated by {@code |}, best first, or {@code NONE}); other
 * columns ({@code channel}, {@code intent}, {@code section}, {@code note}) are ignored.
 */
public final class LabelledQuestions {

    /** The bundled copy of the 200-message dev set (see SOURCES.md beside it). */
    public static final String BUNDLED = "answers/customer-questions.tsv";

    /**
     * One labelled message.
     *
     * @param id      the row's id
     * @param text    the customer's words
     * @param answers the ids of the articles that answer it, best first; empty for {@code NONE}
     */
    public record Question(String id, String text, List<String> answers) {
        /** Copies the answers. */
        public Question {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(text, "text");
            answers = List.copyOf(answers);
        }
    }

    private LabelledQuestions() {
    }

    /**
     * @param file a labelled TSV file
     * @return its rows in order
     * @throws IOException if the file cannot be read or lacks a required column
     */
    public static List<Question> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString());
        }
    }

    /**
     * @return the bundled dev set's rows
     * @throws IOException if the resource is missing or malformed
     */
    public static List<Question> bundled() throws IOException {
        InputStream in = LabelledQuestions.class.getClassLoader().getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IOException("classpath resource " + BUNDLED + " is missing");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader, "classpath:" + BUNDLED);
        }
    }

    /**
     * @param reader the TSV text
     * @param source its name for error messages
     * @return the rows in order; blank lines are skipped
     * @throws IOException if it cannot be read, a required column is missing or a row is short
     */
    static List<Question> read(Reader reader, String source) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        String header = lines.readLine();
        if (header == null) {
            throw new IOException(source + ": empty file");
        }
        List<String> columns = Arrays.asList(header.split("\t", -1));
        int id = column(columns, "id", source);
        int text = column(columns, "text", source);
        int answers = column(columns, "answers", source);
        List<Question> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length <= Math.max(id, Math.max(text, answers))) {
                throw new IOException(source + " line " + number + ": " + cells.length + " columns, expected "
                        + columns.size());
            }
            String labels = cells[answers].strip();
            List<String> ids = labels.isEmpty() || labels.equals("NONE") ? List.of()
                    : Arrays.stream(labels.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            rows.add(new Question(cells[id].strip(), cells[text].strip(), ids));
        }
        return rows;
    }

    private static int column(List<String> columns, String name, String source) throws IOException {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IOException(source + ": no column '" + name + "' in the header " + columns);
        }
        return index;
    }
}
