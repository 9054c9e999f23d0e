package org.switchboard.server.it;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The integration-test Liberty server's own folder ({@code target/liberty/wlp/usr/servers/switchboard-it-PORT}, system
 * property {@code it.server.dir}): what it logged ({@code logs/messages.log}, {@code console.log}, trace and FFDC
 * files) and its {@code server.env}, the configuration every secret of the server comes from.
 */
final class ServerLogs {

    private static final Path SERVER_DIR = Path.of(System.getProperty("it.server.dir", "target/it-server-unknown"));

    private ServerLogs() {
    }

    /** @return the server's {@code logs} folder */
    static Path logsDir() {
        return SERVER_DIR.resolve("logs");
    }

    /** @return {@code logs/messages.log}, where everything the application logs at INFO and above goes */
    static Path messagesLog() {
        return logsDir().resolve("messages.log");
    }

    /** @return the current length of {@code messages.log}: pass it to {@link #messagesSince} to read what follows */
    static long mark() {
        try {
            return Files.exists(messagesLog()) ? Files.size(messagesLog()) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param mark a length from {@link #mark()}
     * @return the lines of {@code messages.log} written after the mark (the whole file when it was rolled over since)
     */
    static List<String> messagesSince(long mark) {
        Path log = messagesLog();
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long start = file.length() < mark ? 0 : mark;
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return every file under {@code logs/} (messages, console, trace, FFDC incidents and summaries), sorted */
    static List<Path> allLogFiles() {
        try (Stream<Path> files = Files.walk(logsDir())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the variables of the server's {@code server.env}, in file order (comments and blank lines left out) */
    static Map<String, String> serverEnv() {
        Map<String, String> variables = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(SERVER_DIR.resolve("server.env"), StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    variables.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variables;
    }
}
