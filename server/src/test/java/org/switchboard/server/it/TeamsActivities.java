package org.switchboard.server.it;

import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.switchboard.bench.teamsapi.CapturedActivity;

/**
 * Real Bot Framework activities ({@code ../shared/data/teams}) as the Teams tests need them: a customer's message
 * moved into a conversation of its own, from a person of its own, with the text a test chooses, posted with a JWT
 * signed by the Bot Framework stand-in's key; and the replies the stand-in's Bot Connector captured.
 */
final class TeamsActivities {

    static final String APP_ID = System.getProperty("it.teams.app.id");
    static final Path FIXTURES = Path.of(System.getProperty("it.teams.fixtures", "../../shared/data/teams"));

    private TeamsActivities() {
    }

    /** @return a new Entra object id, so its sender becomes a new customer */
    static String freshPerson() {
        return UUID.randomUUID().toString();
    }

    /**
     * @param text   the message text
     * @param person the sender's Entra object id ({@code from.aadObjectId})
     * @return the real personal-chat customer message {@code msg-001} with a fresh id and conversation, that sender
     *         and text, and the stand-in as its Bot Connector
     */
    static JsonObject customerMessage(String text, String person) {
        JsonObject template = read("customer-messages/msg-001-personal-exchange_charge.json");
        return Json.createObjectBuilder(template)
                .add("id", "it-" + UUID.randomUUID())
                .add("serviceUrl", teams().baseUrl())
                .add("text", text)
                .add("from", Json.createObjectBuilder(template.getJsonObject("from")).add("aadObjectId", person))
                .add("conversation", Json.createObjectBuilder(template.getJsonObject("conversation"))
                        .add("id", "a:it-" + UUID.randomUUID()))
                .build();
    }

    /** @return the activity posted to {@code /api/messages} with a valid Bot Framework JWT */
    static HttpResponse<String> postSigned(JsonObject activity) {
        return ItEnvironment.postActivity(activity.toString(),
                "Bearer " + teams().signer().sign(APP_ID, activity.getString("serviceUrl")));
    }

    /** @return the replies to an activity the stand-in's Bot Connector received */
    static List<CapturedActivity> replies(String activityId) {
        return teams().activities().stream().filter(a -> activityId.equals(a.replyToId())).toList();
    }

    /** @return a fixture under {@code ../shared/data/teams}, parsed */
    static JsonObject read(String relative) {
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(FIXTURES.resolve(relative), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
