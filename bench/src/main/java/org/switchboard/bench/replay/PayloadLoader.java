package org.switchboard.bench.replay;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds payload files and reads them.
 */
public final class PayloadLoader {

    private PayloadLoader() {
    }

    /**
     * Expands the inputs into the list of files to replay: a file is taken as given (whatever its name); a
     * folder contributes every regular file below it (recursively) whose name ends in {@code .json}, sorted
     * by path. Inputs keep their command-line order.
     *
     * @param inputs files and folders
     * @return the files, without duplicates removed
     * @throws NoSuchFileException if an input does not exist
     * @throws IOException         if a folder cannot be walked
     */
    public static List<Path> collect(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".json"))
                            .sorted()
                            .forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new NoSuchFileException(input.toString(), null, "no such payload file or folder");
            }
        }
        return files;
    }

    /**
     * Reads one payload file (UTF-8) and parses it.
     *
     * @param file a JSON file holding one Events API request body
     * @return the payload, whose {@link SlackPayload#body()} is the file's exact text
     * @throws IOException if the file cannot be read, is not UTF-8, or is not a JSON object (the message says
     *                     which)
     */
    public static SlackPayload load(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text", e);
        }
        try {
            return SlackPayload.parse(file, text);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
