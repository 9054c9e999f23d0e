package org.switchboard.server.it;

import static org.switchboard.server.it.ItEnvironment.teams;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.switchboard.bench.teamsapi.TestTokenSigner;
import org.switchboard.teams.activity.TeamsRefs;

/**
 * Real Bot Framework activities ({@code test-fixtures/teams}) as the Teams tests need them: a customer's message
 * moved into a conversation of its own, from a person of its own, with the text a test chooses, posted with a JWT
 * signed by the Bot Framework stand-in's key; and the replies the stand-in's Bot Connector captured. The public
 * methods serve any Bot Framework stand-in (the real-process fault tests start one of their own); the others use
 * this test JVM's ({@link ItEnvironment#teams()}).
 */
public final class TeamsActivities {

    /** The bot's Microsoft app id ({@code MICROSOFT_APP_ID}), the audience of the activities' JWTs. */
    public static final String APP_ID = System.getProperty("it.teams.app.id");
    /** The real Teams activities, {@code test-fixtures/teams} in the repository. */
    public static final Path FIXTURES = Path.of(System.getProperty("it.teams.fixtures", "../test-fixtures/teams"));
    /** The Entra object id of the one Teams approver ({@code TEAMS_APPROVERS}). */
    static final String APPROVER = System.getProperty("it.teams.approver");
    /** The approvers' conversation, where approval cards go ({@code TEAMS_APPROVER_CONVERSATION_ID}). */
    static final String APPROVER_CONVERSATION = System.getProperty("it.teams.approver.conversation");

    private TeamsActivities() {
    }

    /** @return a new Entra object id, so its sender becomes a new customer */
    public static String freshPerson() {
        return UUID.randomUUID().toString();
    }

    /**
     * @param text   the message text
     * @param person the sender's Entra object id ({@code from.aadObjectId})
     * @return the real personal-chat customer message {@code msg-001} with a fresh id and conversation, that sender
     *         and text, and the stand-in as its Bot Connector
     */
    static JsonObject customerMessage(String text, String person) {
        return customerMessage(text, person, teams().baseUrl());
    }

    /**
     * @param text       the message text
     * @param person     the sender's Entra object id ({@code from.aadObjectId})
     * @param serviceUrl the Bot Connector the bot is to answer through, e.g. a stand-in's
     *                   {@link org.switchboard.bench.teamsapi.BotFrameworkStandIn#baseUrl()}
     * @return the real personal-chat customer message {@code msg-001} with a fresh id ({@code it-UUID}) and
     *         conversation ({@code a:it-UUID}), that sender, text and {@code serviceUrl}
     */
    public static JsonObject customerMessage(String text, String person, String serviceUrl) {
        JsonObject template = read("customer-messages/msg-001-personal-exchange_charge.json");
        return sentBy(template, "it-", person, serviceUrl)
                .add("text", text)
                .add("conversation", Json.createObjectBuilder(template.getJsonObject("conversation"))
                        .add("id", "a:it-" + UUID.randomUUID()))
                .build();
    }

    /**
     * @param first the conversation's first message (from {@link #customerMessage})
     * @param text  the message text
     * @return another message of the same sender in the same conversation, with a fresh id
     */
    public static JsonObject followUp(JsonObject first, String text) {
        return Json.createObjectBuilder(first).add("id", "it-" + UUID.randomUUID()).add("text", text).build();
    }

    /**
     * @param activity an activity
     * @return its {@code conversation.id}
     */
    public static String conversationId(JsonObject activity) {
        return activity.getJsonObject("conversation").getString("id");
    }

    /**
     * @param activity a customer message activity
     * @return the key it is stored under in {@code inbox_entries.external_id}: activity id and conversation id
     *         ({@link TeamsRefs#messageKey}; Teams activity ids are unique per conversation only)
     */
    static String inboxId(JsonObject activity) {
        return TeamsRefs.messageKey(conversationId(activity), activity.getString("id"));
    }

    /** @return the {@code conversation} of activities in the approvers' channel */
    static JsonObject approversConversation() {
        return Json.createObjectBuilder().add("id", APPROVER_CONVERSATION).add("conversationType", "channel").build();
    }

    /**
     * @param conversation the {@code conversation} the invoke comes from
     * @param verb         {@code approve} or {@code deny} (a button pressed), or {@code refresh} (the card shown)
     * @param approvalId   the approval request the card names
     * @param aadObjectId  who pressed the button
     * @return the {@code adaptiveCard/action} invoke (a real one, {@code teamsnet_TeamsActivityTests-L164}) Teams sends
     *         when that person presses the card's button or is shown the card, with the stand-in as its Bot Connector
     */
    static JsonObject cardAction(JsonObject conversation, String verb, long approvalId, String aadObjectId) {
        return cardAction(conversation, verb, Json.createObjectBuilder().add("approvalId", approvalId).build(),
                aadObjectId);
    }

    /**
     * @param conversation the {@code conversation} the invoke comes from
     * @param verb         the button's verb
     * @param data         the button's {@code data}
     * @param aadObjectId  who pressed the button
     * @return the {@code adaptiveCard/action} invoke (a real one, {@code teamsnet_TeamsActivityTests-L164}) Teams sends
     *         when that person presses a card's {@code Action.Execute} button, with the stand-in as its Bot Connector
     */
    static JsonObject cardAction(JsonObject conversation, String verb, JsonObject data, String aadObjectId) {
        return sentBy(read("activities/invoke-adaptiveCard_action/teamsnet_TeamsActivityTests-L164.json"), "f:",
                aadObjectId, teams().baseUrl())
                .add("conversation", conversation)
                .add("value", Json.createObjectBuilder()
                        .add("action", Json.createObjectBuilder().add("type", "Action.Execute").add("verb", verb)
                                .add("data", data))
                        .add("trigger", "refresh".equals(verb) ? "automatic" : "manual"))
                .build();
    }

    /**
     * @return a builder of the fixture with a fresh id (after the prefix), that Bot Connector and the person
     *         ({@code from.aadObjectId}) as its sender
     */
    private static JsonObjectBuilder sentBy(JsonObject template, String idPrefix, String aadObjectId,
                                            String serviceUrl) {
        return Json.createObjectBuilder(template)
                .add("id", idPrefix + UUID.randomUUID())
                .add("serviceUrl", serviceUrl)
                .add("from", Json.createObjectBuilder(template.getJsonObject("from")).add("aadObjectId", aadObjectId));
    }

    /** @return the activity posted to {@code /api/messages} with a valid Bot Framework JWT */
    static HttpResponse<String> postSigned(JsonObject activity) {
        return ItEnvironment.postActivity(activity.toString(), authorization(activity, teams().signer()));
    }

    /**
     * @param activity an activity with its {@code serviceUrl}
     * @param signer   the key the bot's OpenID metadata publishes
     * @return the {@code Authorization} header the Bot Framework sends with it: {@code Bearer} and a JWT for
     *         {@link #APP_ID} with the activity's {@code serviceUrl} as its {@code serviceurl} claim
     */
    public static String authorization(JsonObject activity, TestTokenSigner signer) {
        return "Bearer " + signer.sign(APP_ID, activity.getString("serviceUrl"));
    }

    /** @return the replies to an activity the stand-in's Bot Connector received */
    static List<CapturedActivity> replies(String activityId) {
        return teams().activities().stream().filter(a -> activityId.equals(a.replyToId())).toList();
    }

    /**
     * @param relative a path under {@link #FIXTURES}, e.g. {@code customer-messages/msg-001-personal-exchange_charge.json}
     * @return that fixture, parsed
     * @throws UncheckedIOException if it cannot be read
     */
    public static JsonObject read(String relative) {
        try (JsonReader reader = Json.createReader(new StringReader(
                Files.readString(FIXTURES.resolve(relative), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
