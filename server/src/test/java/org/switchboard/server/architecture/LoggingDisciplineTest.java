package org.switchboard.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Production code logs only through {@code org.switchboard.core.privacy.Logs.logger}, whose filter masks e-mail
 * addresses, card numbers and phone numbers in every record (RELIABILITY case 19). Checked on the sources of every
 * module that goes into the WAR (all but the {@code bench*} tools): no other way to obtain a logger
 * ({@code Logger.getLogger}, SLF4J's {@code LoggerFactory}, {@code System.getLogger}, Log4j's {@code LogManager}), no
 * {@code Logger} field that is not initialised with {@code Logs.logger(...)}, and no {@code System.out},
 * {@code System.err} or {@code printStackTrace}, which bypass logging altogether, and no {@code setFilter} outside
 * {@code Logs}, which would take the filter off. That filter also neutralises CR, LF and every other control character
 * in each record (issue 19), so with this rule every log line of the WAR is safe from forged lines. Comments are
 * ignored.
 */
class LoggingDisciplineTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("switchboard.repository", ".."));

    /** The one place a JDK logger is created: it installs the masking filter. */
    private static final String LOGS = "bot-core/src/main/java/org/switchboard/core/privacy/Logs.java";

    /**
     * Command-line programs shipped in a module of the WAR, whose console output is their interface (never run inside
     * the server); each must really be one ({@code static void main}).
     */
    private static final List<String> COMMAND_LINE_PROGRAMS = List.of(
            "channel-email/src/main/java/org/switchboard/email/matrix/SuppressionMatrix.java",
            "tool-plugins/src/main/java/org/switchboard/plugins/commerce/replay/CommerceReplay.java");

    private static final Map<String, Pattern> OTHER_LOGGERS = Map.of(
            "java.util.logging logger not from Logs.logger", Pattern.compile("\\bLogger\\s*\\.\\s*get(Logger|AnonymousLogger|Global)\\s*\\("),
            "SLF4J logger", Pattern.compile("\\bLoggerFactory\\s*\\.\\s*getLogger\\s*\\("),
            "System.Logger", Pattern.compile("\\bSystem\\s*\\.\\s*getLogger\\s*\\("),
            "Log4j logger", Pattern.compile("\\bLogManager\\s*\\.\\s*getLogger\\s*\\("),
            "Logger field not initialised with Logs.logger", Pattern.compile("\\bLogger\\s+\\w+\\s*=\\s*+(?!Logs\\s*\\.\\s*logger\\s*\\()"),
            "filter replaced (the masking and neutralising filter is set by Logs.logger)", Pattern.compile("\\.\\s*setFilter\\s*\\("));
    private static final Pattern CONSOLE = Pattern.compile("\\bSystem\\s*\\.\\s*(out|err)\\b|\\.printStackTrace\\s*\\(");
    private static final Pattern COMMENTS = Pattern.compile("//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void productionCodeLogsOnlyThroughTheMaskingLogger() {
        List<Path> sources = productionSources();
        assertThat(sources).as("production sources under %s", REPOSITORY.toAbsolutePath().normalize()).hasSizeGreaterThan(200)
                .anySatisfy(p -> assertThat(relative(p)).isEqualTo(LOGS));
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            String file = relative(source);
            String code = withoutComments(read(source));
            if (!file.equals(LOGS)) {
                OTHER_LOGGERS.forEach((what, pattern) -> find(pattern, code, file, what, violations));
            }
            if (!COMMAND_LINE_PROGRAMS.contains(file)) {
                find(CONSOLE, code, file, "console output instead of Logs.logger", violations);
            }
        }
        assertThat(violations).as("loggers that bypass the masking of personal data").isEmpty();
    }

    @Test
    void theCommandLineProgramsAllowedToPrintAreCommandLinePrograms() {
        for (String program : COMMAND_LINE_PROGRAMS) {
            assertThat(read(REPOSITORY.resolve(program))).as(program).containsPattern("static\\s+void\\s+main\\s*\\(");
        }
    }

    /** A rule must catch what it is for: a small sample of each way around the masking logger. */
    @Test
    void theRulesRecogniseTheirViolations() {
        List<String> violations = new ArrayList<>();
        String sample = withoutComments("""
                // Logger.getLogger("in a comment") is fine
                private static final java.util.logging.Logger A = java.util.logging.Logger.getLogger("a");
                private static final org.slf4j.Logger B = LoggerFactory.getLogger(Foo.class);
                private static final Logger C = Logs.logger(Foo.class);
                void f(Exception e) { System.out.println(e); e.printStackTrace(); C.setFilter(null); }
                """);
        OTHER_LOGGERS.forEach((what, pattern) -> find(pattern, sample, "Sample.java", what, violations));
        find(CONSOLE, sample, "Sample.java", "console", violations);
        assertThat(violations).hasSize(7).noneMatch(v -> v.contains(":1:")).noneMatch(v -> v.contains(":4:"));
    }

    private static void find(Pattern pattern, String code, String file, String what, List<String> violations) {
        Matcher m = pattern.matcher(code);
        while (m.find()) {
            int line = (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
            violations.add(file + ":" + line + ": " + what);
        }
    }

    /** Comments blanked out, keeping the line breaks so line numbers stay right. */
    private static String withoutComments(String code) {
        Matcher m = COMMENTS.matcher(code);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group().replaceAll("[^\\n]", " ")));
        }
        return m.appendTail(out).toString();
    }

    private static List<Path> productionSources() {
        try (Stream<Path> modules = Files.list(REPOSITORY)) {
            List<Path> sources = new ArrayList<>();
            for (Path module : modules.filter(m -> Files.isDirectory(m.resolve("src/main/java")))
                    .filter(m -> Files.exists(m.resolve("pom.xml")))
                    .filter(m -> !m.getFileName().toString().startsWith("bench")).toList()) {
                try (Stream<Path> files = Files.walk(module.resolve("src/main/java"))) {
                    files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(sources::add);
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path source) {
        return REPOSITORY.relativize(source).toString().replace('\\', '/');
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
