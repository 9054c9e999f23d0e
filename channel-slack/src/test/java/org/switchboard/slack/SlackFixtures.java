package org.switchboard.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real Slack payloads under the repository's {@code test-fixtures/slack} (system property {@code slack.fixtures},
 * set by surefire; see {@code SOURCES.md} there). The tests fail, rather than skip, when the folder is missing: they are
 * about these payloads.
 */
public final class SlackFixtures {

    /** How many customer messages {@code customer-messages/} holds (SOURCES.md). */
    public static final int CUSTOMER_MESSAGE_COUNT = 120;

    private SlackFixtures() {
    }

    /** @return the fixture root folder */
    public static Path root() {
        Path dir = Path.of(System.getProperty("slack.fixtures", "../test-fixtures/slack")).toAbsolutePath().normalize();
        assertThat(dir).as("Slack fixtures (system property slack.fixtures)").isDirectory();
        return dir;
    }

    /** @param relative a path under the root, e.g. {@code events/message/test_message-L253.json} */
    public static Path path(String relative) {
        Path file = root().resolve(relative);
        assertThat(file).as("Slack fixture " + relative).isRegularFile();
        return file;
    }

    /** @return the file's text, decoded as UTF-8 (the fixtures are UTF-8 JSON or ASCII form bodies) */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file's text */
    public static String read(String relative) {
        return read(path(relative));
    }

    /** @return the file's exact bytes */
    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the {@code *.json} files directly in a folder under the root, sorted by name */
    public static List<Path> jsonFiles(String folder) {
        Path dir = root().resolve(folder);
        assertThat(dir).as("Slack fixture folder " + folder).isDirectory();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the 120 customer messages, sorted by name ({@code msg-000-...} to {@code msg-119-...}) */
    public static List<Path> customerMessages() {
        List<Path> files = jsonFiles("customer-messages");
        assertThat(files).as("customer-messages/").hasSize(CUSTOMER_MESSAGE_COUNT);
        return files;
    }

    /** @return the parsed JSON object */
    public static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** @return the member as a string, or null when absent or JSON null */
    public static String string(JsonObject object, String member) {
        JsonElement e = object == null ? null : object.get(member);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    /**
     * Wraps a bare event object from {@code event-objects/} (the value of an Events API body's {@code event} field)
     * in an {@code event_callback} envelope, the way Slack delivers it.
     *
     * @param event   the event object's JSON
     * @param eventId the envelope's {@code event_id}
     * @param teamId  the envelope's {@code team_id}
     * @param botUserId the app's bot user, listed in {@code authorizations} with {@code is_bot: true}
     * @return the envelope's JSON
     */
    public static String envelope(String event, String eventId, String teamId, String botUserId) {
        JsonObject body = new JsonObject();
        body.addProperty("token", "verification-token");
        body.addProperty("team_id", teamId);
        body.addProperty("api_app_id", "A111");
        body.add("event", json(event));
        body.addProperty("type", "event_callback");
        body.addProperty("event_id", eventId);
        body.addProperty("event_time", 1606810819);
        JsonObject authorization = new JsonObject();
        authorization.addProperty("team_id", teamId);
        authorization.addProperty("user_id", botUserId);
        authorization.addProperty("is_bot", true);
        com.google.gson.JsonArray authorizations = new com.google.gson.JsonArray();
        authorizations.add(authorization);
        body.add("authorizations", authorizations);
        return body.toString();
    }
}
